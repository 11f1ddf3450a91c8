/** Nests a revision's flat heading list by level, for a contents list whose every level is numbered on its own. */

export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocNode extends TocHeading {
  children: TocNode[];
}

/**
 * A heading goes under the nearest earlier heading of a smaller depth; a skipped level (h2 then h4) nests one step,
 * not two, so that numbering never shows an empty level.
 */
export function tocTree(headings: readonly TocHeading[]): TocNode[] {
  const roots: TocNode[] = [];
  const open: TocNode[] = [];
  for (const heading of headings) {
    const node: TocNode = { ...heading, children: [] };
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop();
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  }
  return roots;
}
