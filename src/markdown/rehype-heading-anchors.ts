/** Gives every heading a visible link to itself and keeps the ids its section had in other revisions. */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { renderContextOf } from './render-context.ts';

function selfLink(id: string, title: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-link'], href: `#${id}`, ariaLabel: `Link to section “${title}”` },
    children: [{ type: 'text', value: '#' }],
  };
}

const alias = (id: string): Element => ({
  type: 'element', tagName: 'span', properties: { id, className: ['heading-alias'] }, children: [],
});

/** Runs after rehype-slug, so every heading already has its GitHub-style id. */
export default function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const aliases = renderContextOf(file)?.aliases ?? {};
    visit(tree, 'element', (node: Element) => {
      if (!headingRank(node) || typeof node.properties.id !== 'string') return;
      const id = node.properties.id;
      const title = toString(node).trim();
      node.children.unshift(...(aliases[id] ?? []).map(alias));
      node.children.push({ type: 'text', value: ' ' }, selfLink(id, title));
    });
  };
}
