/** Shiki transformer: rewrites Shiki's raw attribute names to hast's and keeps only token-colour styles, so a sanitizer keeps them. */
import type { Element, Properties, Root, RootContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

/** Declarations the site's sanitizer keeps on pre/code/span; the rest (Astro's `overflow-x`) is the stylesheet's job. */
const KEPT_DECLARATION = /^\s*(?:color|background-color|font-style|font-weight|text-decoration|--shiki-[\w-]+)\s*:\s*[#\w\s.,%-]+$/;

/** `a:b; overflow-x: auto;` → `a:b`. */
export function keepTokenStyles(style: string): string {
  return style
    .split(';')
    .filter((declaration) => KEPT_DECLARATION.test(declaration))
    .map((declaration) => declaration.trim())
    .join(';');
}

function normalize(properties: Properties): void {
  const { class: className, tabindex, style } = properties;
  if (className !== undefined) {
    delete properties.class;
    const names = Array.isArray(className) ? className.map(String) : String(className).split(/\s+/);
    properties.className = names.filter((name) => name !== '');
  }
  if (tabindex !== undefined) {
    delete properties.tabindex;
    properties.tabIndex = Number(tabindex);
  }
  if (typeof style === 'string') {
    const kept = keepTokenStyles(style);
    if (kept === '') delete properties.style;
    else properties.style = kept;
  }
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
