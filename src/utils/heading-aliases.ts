/** Old and new ids of each section across a page's history, so links to a renamed heading still land. */
import type { Heading } from '../markdown/outline.ts';
import { matchHeadings } from './heading-match.ts';

/** For each revision (same order as given), a map from a heading's slug to the other slugs it answers to. */
export function headingAliases(outlines: readonly (readonly Heading[])[]): Array<Map<string, string[]>> {
  // Union-find over "heading h of revision r", numbered in order; renames and kept headings of adjacent revisions join.
  const offsets: number[] = [];
  let count = 0;
  for (const headings of outlines) (offsets.push(count), (count += headings.length));
  const parent = Int32Array.from({ length: count }, (_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (let r = 1; r < outlines.length; r++) {
    const [before, after] = [outlines[r - 1]!, outlines[r]!];
    const [was, is] = [new Map(before.map((h, i) => [h, offsets[r - 1]! + i])), new Map(after.map((h, i) => [h, offsets[r]! + i]))];
    for (const pair of matchHeadings(before, after)) {
      if (pair.kind === 'same' || pair.kind === 'renamed') parent[find(was.get(pair.old)!)] = find(is.get(pair.new)!);
    }
  }
  const slugsOf = new Map<number, Set<string>>();
  outlines.forEach((headings, r) =>
    headings.forEach((h, i) => {
      const root = find(offsets[r]! + i);
      slugsOf.set(root, (slugsOf.get(root) ?? new Set()).add(h.slug));
    }),
  );
  return outlines.map((headings, r) => {
    const own = new Set(headings.map((h) => h.slug));
    return new Map(headings.map((h, i) => [h.slug, [...slugsOf.get(find(offsets[r]! + i))!].filter((s) => !own.has(s))]));
  });
}
