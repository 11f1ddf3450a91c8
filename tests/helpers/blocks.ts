/** The reading content of rendered HTML as a list of blocks, to compare two renderers of the same markdown. */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

export interface Block {
  kind: string;
  text: string;
}

/** Parts that are ours, not the page's: self links, old ids, notes about missing text. */
const OURS = '.heading-link, .heading-history, .heading-alias, .missing-text';

function prune(node: Root | Element, drop: Set<Element>): void {
  node.children = node.children.filter((child) => !(child.type === 'element' && drop.has(child)));
  for (const child of node.children) if (child.type === 'element') prune(child, drop);
}

/** Headings (with level), paragraphs and code blocks inside `scope`, in document order. */
export function blocksOf(html: string, scope: string): Block[] {
  const tree = fromHtml(html);
  const root = select(scope, tree);
  if (!root) throw new Error(`no ${scope} in the HTML`);
  prune(root, new Set(selectAll(OURS, root)));
  return selectAll('h1, h2, h3, h4, h5, h6, p, pre', root).map((el) => ({
    kind: el.tagName,
    text: el.tagName === 'pre' ? toString(el).replace(/\n$/, '') : toString(el).replace(/\s+/g, ' ').trim(),
  }));
}
