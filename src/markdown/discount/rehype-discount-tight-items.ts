/** Unwraps the paragraphs of the items remark-discount-lists found tight, inside a list that is loose elsewhere. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { TIGHT_ITEM } from './remark-discount-lists.ts';

function unwrap(item: Element): void {
  delete item.properties[TIGHT_ITEM];
  item.children = item.children.flatMap((child): ElementContent[] =>
    child.type === 'element' && child.tagName === 'p' ? child.children : [child]);
}

function walk(node: Root | Element): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'li' && child.properties[TIGHT_ITEM] !== undefined) unwrap(child);
    walk(child);
  }
}

export default function rehypeDiscountTightItems() {
  return (tree: Root) => walk(tree);
}
