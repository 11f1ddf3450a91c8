/**
 * Lists as Discount builds them: a list goes on when the marker kind changes (`-` items then `*` or
 * `1.` items are one list, of the first item's kind, numbered from 1), and only the items next to a
 * blank line (or holding one) get `<p>`, where CommonMark starts a new list and makes every item loose.
 */
import type { List, ListItem, Nodes, Root } from 'mdast';

/** Marks an item whose paragraphs rehype-discount-tight-items unwraps in a list that is loose elsewhere. */
export const TIGHT_ITEM = 'dataDiscountTight';

const lineOf = (node: Nodes, end: boolean): number | undefined => (end ? node.position?.end.line : node.position?.start.line);

/** A blank line between two consecutive nodes (their written lines do not touch). */
function blankBetween(before: Nodes, after: Nodes): boolean {
  const last = lineOf(before, true);
  const first = lineOf(after, false);
  return last !== undefined && first !== undefined && first > last + 1;
}

/** Blocks of the item itself separated by a blank line (CommonMark's `spread` also counts blank lines in nested lists). */
const holdsBlank = (item: ListItem): boolean => item.children.some((child, j) => j > 0 && blankBetween(item.children[j - 1]!, child));

function shape(list: List): void {
  const items = list.children;
  const loose = items.map((item, i) =>
    holdsBlank(item) || (i > 0 && blankBetween(items[i - 1]!, item)) || (i + 1 < items.length && blankBetween(item, items[i + 1]!)));
  list.spread = loose.some(Boolean);
  list.start = null;
  items.forEach((item, i) => {
    item.spread = loose[i]!;
    if (list.spread && !loose[i]) {
      item.data ??= {};
      item.data.hProperties = { ...item.data.hProperties, [TIGHT_ITEM]: true };
    }
  });
}

function walk(parent: Nodes): void {
  if (!('children' in parent)) return;
  const children: Nodes[] = [];
  for (const child of parent.children as Nodes[]) {
    const previous = children.at(-1);
    // CommonMark split these at the marker change; Discount reads one list on.
    if (child.type === 'list' && previous?.type === 'list') {
      previous.children.push(...child.children);
      if (previous.position && child.position) previous.position = { ...previous.position, end: child.position.end };
      continue;
    }
    children.push(child);
  }
  (parent as { children: Nodes[] }).children = children;
  for (const child of children) {
    walk(child);
    if (child.type === 'list') shape(child);
  }
}

export default function remarkDiscountLists() {
  return (tree: Root) => walk(tree);
}
