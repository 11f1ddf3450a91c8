/** Gives every heading a visible link to itself, reachable by keyboard and named for screen readers. */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

function selfLink(id: string, title: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-link'], href: `#${id}`, ariaLabel: `Link to section “${title}”` },
    children: [{ type: 'text', value: '#' }],
  };
}

/** Runs after rehype-slug, so every heading already has its GitHub-style id. */
export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!headingRank(node) || typeof node.properties.id !== 'string') return;
      const id = node.properties.id;
      const title = toString(node).trim();
      node.children.push({ type: 'text', value: ' ' }, selfLink(id, title));
    });
  };
}
