/** Orders revisions: by page, then by date, then by revision number (1.9 before 1.10). */
import type { Revision } from '../schemas/revision.ts';

/** Compares dotted revision numbers field by field; anything else (git hashes) as text. */
export function compareRevisionIds(a: string, b: string): number {
  const [x, y] = [a.split('.'), b.split('.')];
  if (![...x, ...y].every((part) => /^\d+$/.test(part))) return a.localeCompare(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = Number(x[i] ?? -1) - Number(y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export function compareRevisions(a: Pick<Revision, 'page' | 'date' | 'revision'>, b: Pick<Revision, 'page' | 'date' | 'revision'>): number {
  return a.page.localeCompare(b.page) || a.date.localeCompare(b.date) || compareRevisionIds(a.revision, b.revision);
}
