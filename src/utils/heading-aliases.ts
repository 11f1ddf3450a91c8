/** Old and new ids of each section across a page's history, so links to a renamed heading still land. */
import type { Heading } from '../markdown/outline.ts';
import { matchHeadings } from './heading-match.ts';

/** For each revision (same order as given), a map from a heading's slug to the other slugs it answers to. */
export function headingAliases(outlines: readonly (readonly Heading[])[]): Array<Map<string, string[]>> {
  // Union-find over "heading h of revision r"; renames and kept headings of adjacent revisions join.
  const parent = new Map<string, string>();
  const key = (r: number, h: number) => `${r}:${h}`;
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (x: string, y: string) => parent.set(find(x), find(y));
  for (let r = 1; r < outlines.length; r++) {
    const [before, after] = [outlines[r - 1]!, outlines[r]!];
    for (const pair of matchHeadings(before, after)) {
      if (pair.kind === 'same' || pair.kind === 'renamed')
        union(key(r - 1, before.indexOf(pair.old)), key(r, after.indexOf(pair.new)));
    }
  }
  const slugsOf = new Map<string, Set<string>>();
  outlines.forEach((headings, r) =>
    headings.forEach((h, i) => {
      const root = find(key(r, i));
      slugsOf.set(root, (slugsOf.get(root) ?? new Set()).add(h.slug));
    }),
  );
  return outlines.map((headings, r) => {
    const own = new Set(headings.map((h) => h.slug));
    return new Map(
      headings.map((h, i) => [h.slug, [...slugsOf.get(find(key(r, i)))!].filter((s) => !own.has(s))]),
    );
  });
}
