/** Lines added and removed between two bodies, counted from the same line diff the diff pages show. */
import { diffLines } from '../diff/line-diff.ts';

export function lineStats(before: string, after: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const change of diffLines(before, after).changes) {
    added += change.inserted;
    removed += change.deleted;
  }
  return { added, removed };
}
