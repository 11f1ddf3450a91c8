/** Line ranges in diff URLs (`#n780-n790`) and the gaps between hunks where more context can be shown. */

export type Side = 'o' | 'n';

export interface LineRange {
  side: Side;
  first: number;
  last: number;
}

const RANGE = /^([on])(\d+)-([on])(\d+)$/;
const LINE = /^([on])(\d+)$/;

/** `n780-n790` (either order) → the range; null for anything else (sides must agree). */
export function parseRange(hash: string): LineRange | null {
  const m = RANGE.exec(hash.replace(/^#/, ''));
  if (!m || m[1] !== m[3]) return null;
  const [a, b] = [Number(m[2]), Number(m[4])];
  return { side: m[1] as Side, first: Math.min(a, b), last: Math.max(a, b) };
}

/** `n810` → one line; null for anything else. */
export function parseLine(hash: string): { side: Side; line: number } | null {
  const m = LINE.exec(hash.replace(/^#/, ''));
  return m ? { side: m[1] as Side, line: Number(m[2]) } : null;
}

/** The fragment of a range: `n780-n790`, or `n780` for one line. */
export const rangeHash = ({ side, first, last }: LineRange): string => (first === last ? `${side}${first}` : `${side}${first}-${side}${last}`);

/** A hunk's page lines on each side (first line, count). */
export interface HunkSpan {
  o: [number, number];
  n: [number, number];
}

/** The unchanged old lines [from, to] between hunk k-1 and hunk k (k = hunks.length: after the last), given the old text's lines. */
export function gapBefore(hunks: readonly HunkSpan[], k: number, oldFirst: number, oldCount: number): { from: number; to: number; shift: number } {
  const previous = hunks[k - 1];
  const from = previous ? previous.o[0] + previous.o[1] : oldFirst;
  const next = hunks[k];
  const to = next ? next.o[0] - 1 : oldFirst + oldCount - 1;
  // Unchanged lines keep their distance between the two sides: new = old + shift.
  const shift = next ? next.n[0] - next.o[0] : previous ? previous.n[0] + previous.n[1] - (previous.o[0] + previous.o[1]) : 0;
  return { from, to, shift };
}

/** Which gap holds a line of one side (as an old line), or null when the line is in a hunk or outside the text. */
export function gapOf(hunks: readonly HunkSpan[], side: Side, line: number, oldFirst: number, oldCount: number): { k: number; old: number } | null {
  for (let k = 0; k <= hunks.length; k++) {
    const gap = gapBefore(hunks, k, oldFirst, oldCount);
    const old = side === 'o' ? line : line - gap.shift;
    if (old >= gap.from && old <= gap.to) return { k, old };
  }
  return null;
}
