/** Groups changes into unified-diff hunks exactly as diff -u does (context.c find_hunk). */
import type { Change } from './script.ts';

export interface Hunk {
  /** 0-based first line of the hunk (context included) in each file. */
  start0: number;
  start1: number;
  /** Number of lines the hunk covers in each file. */
  count0: number;
  count1: number;
  changes: Change[];
}

/** Changes closer than 2 × context + 1 unchanged lines share a hunk. */
export function groupHunks(changes: readonly Change[], length0: number, length1: number, context = 3): Hunk[] {
  const hunks: Hunk[] = [];
  for (let k = 0; k < changes.length; ) {
    const from = k;
    const first = changes[k]!;
    let last = first;
    for (k++; k < changes.length; k++) {
      const next = changes[k]!;
      if (next.line0 - (last.line0 + last.deleted) >= 2 * context + 1) break;
      last = next;
    }
    const start0 = Math.max(0, first.line0 - context);
    const start1 = Math.max(0, first.line1 - context);
    const end0 = Math.min(length0, last.line0 + last.deleted + context);
    const end1 = Math.min(length1, last.line1 + last.inserted + context);
    hunks.push({
      start0,
      start1,
      count0: end0 - start0,
      count1: end1 - start1,
      changes: changes.slice(from, k),
    });
  }
  return hunks;
}

/** The `a,b` of a hunk header: a single line prints as `a`, no lines as the line before (`a-1,0`). */
export function rangeText(start: number, count: number): string {
  if (count === 1) return String(start + 1);
  if (count === 0) return `${start},0`;
  return `${start + 1},${count}`;
}
