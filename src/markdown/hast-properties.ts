/** Shiki transformer: rewrites Shiki's raw attribute names to hast's and drops any style left, so the sanitizer keeps classes and tabindex. */
import type { Element, Properties, Root, RootContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

function normalize(properties: Properties): void {
  const { class: className, tabindex } = properties;
  if (className !== undefined) {
    delete properties.class;
    const names = Array.isArray(className) ? className.map(String) : String(className).split(/\s+/);
    properties.className = names.filter((name) => name !== '');
  }
  if (tabindex !== undefined) {
    delete properties.tabindex;
    properties.tabIndex = Number(tabindex);
  }
  // Colours are classes (token-classes.ts); the sanitizer keeps no style attribute and the CSP allows none.
  delete properties.style;
}

function walk(node: Root | RootContent): void {
  if (node.type === 'element') normalize((node as Element).properties);
  if ('children' in node) node.children.forEach(walk);
}

export function transformerHastProperties(): ShikiTransformer {
  return {
    name: 'netbsd:hast-properties',
    // `root` runs after every `pre` hook, Astro's included, so its class and style are seen too.
    root(root) {
      walk(root);
    },
  };
}
