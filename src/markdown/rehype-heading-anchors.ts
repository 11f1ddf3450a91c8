/**
 * Makes every heading a link to itself, reachable by keyboard: its own words are the link (as MDN's headings are),
 * so the link's accessible name is the section's title with no label to write, and no `#` beside it to weigh.
 * A heading that already holds a link (or another interactive element) cannot hold another: it gets the old `#`
 * link after its text, named for screen readers.
 */
import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { eachElement } from './hast-walk.ts';

const INTERACTIVE = new Set(['a', 'button', 'input', 'select', 'textarea', 'details', 'label', 'iframe', 'embed', 'object', 'video', 'audio']);

const holdsInteractive = (nodes: ElementContent[]): boolean =>
  nodes.some((n) => n.type === 'element' && (INTERACTIVE.has(n.tagName) || holdsInteractive(n.children)));

function hashLink(id: string, title: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-link'], href: `#${id}`, ariaLabel: `Link to section “${title}”` },
    children: [{ type: 'text', value: '#' }],
  };
}

/** Runs after rehype-heading-ids, so every heading already has its GitHub-style id. */
export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    eachElement(tree, (node: Element) => {
      if (!headingRank(node) || typeof node.properties.id !== 'string') return;
      const id = node.properties.id;
      if (holdsInteractive(node.children)) {
        node.children.push({ type: 'text', value: ' ' }, hashLink(id, toString(node).trim()));
        return;
      }
      // Empty anchors (ikiwiki's `index1h2` ids) stay outside the link: they are targets, not text.
      const lead = node.children.findIndex((c) => !(c.type === 'element' && c.tagName === 'span' && c.children.length === 0));
      const at = lead < 0 ? node.children.length : lead;
      const words = node.children.splice(at);
      node.children.push({ type: 'element', tagName: 'a', properties: { href: `#${id}` }, children: words });
    });
  };
}
