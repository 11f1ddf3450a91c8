/** Pairs the headings of two revisions: kept, renamed, added or removed. */
import type { Heading } from '../markdown/outline.ts';

export type HeadingPair =
  | { kind: 'same' | 'renamed'; old: Heading; new: Heading }
  | { kind: 'removed'; old: Heading }
  | { kind: 'added'; new: Heading };

const words = (text: string): Set<string> =>
  new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** Share of the shorter title's words found in the longer one: 1 for "X" → "Prefix: X". */
export function titleOverlap(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

/**
 * Headings equal in level and text, as index pairs of a longest common subsequence. The common start is paired as the
 * table's walk would pair it, and the table covers only what follows: adjacent revisions share most of their headings.
 */
function commonHeadings(a: readonly Heading[], b: readonly Heading[]): Array<[number, number]> {
  const same = (i: number, j: number) => a[i]!.depth === b[j]!.depth && a[i]!.text === b[j]!.text;
  const pairs: Array<[number, number]> = [];
  let start = 0;
  for (; start < a.length && start < b.length && same(start, start); start++) pairs.push([start, start]);
  const [m, n] = [a.length - start, b.length - start];
  // table[i * width + j]: the longest common subsequence of a[start + i…] and b[start + j…].
  const width = n + 1;
  const table = new Int32Array((m + 1) * width);
  for (let i = m - 1; i >= 0; i--)
    for (let j = n - 1; j >= 0; j--)
      table[i * width + j] = same(start + i, start + j) ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  for (let i = 0, j = 0; i < m && j < n; ) {
    if (same(start + i, start + j)) pairs.push([start + i++, start + j++]);
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Matches equal headings first; between two matches, an unmatched old and new heading of the
 * same level whose titles share at least half their words count as one section renamed.
 */
export function matchHeadings(a: readonly Heading[], b: readonly Heading[], minOverlap = 0.5): HeadingPair[] {
  const result: HeadingPair[] = [];
  let i = 0;
  let j = 0;
  const flushGap = (iEnd: number, jEnd: number) => {
    const added = b.slice(j, jEnd);
    for (; i < iEnd; i++) {
      const old = a[i]!;
      const k = added.findIndex((h) => h.depth === old.depth && titleOverlap(h.text, old.text) >= minOverlap);
      if (k < 0) {
        result.push({ kind: 'removed', old });
        continue;
      }
      for (const h of added.splice(0, k)) result.push({ kind: 'added', new: h });
      result.push({ kind: 'renamed', old, new: added.shift()! });
    }
    for (const h of added) result.push({ kind: 'added', new: h });
    j = jEnd;
  };
  for (const [ia, jb] of commonHeadings(a, b)) {
    flushGap(ia, jb);
    result.push({ kind: 'same', old: a[ia]!, new: b[jb]! });
    i = ia + 1;
    j = jb + 1;
  }
  flushGap(a.length, b.length);
  return result;
}
