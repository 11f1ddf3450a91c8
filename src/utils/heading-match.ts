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

/** Headings equal in level and text, as index pairs of a longest common subsequence. */
function commonHeadings(a: readonly Heading[], b: readonly Heading[]): Array<[number, number]> {
  const same = (i: number, j: number) => a[i]!.depth === b[j]!.depth && a[i]!.text === b[j]!.text;
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = same(i, j) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (same(i, j)) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
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
