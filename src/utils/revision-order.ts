/** Orders revisions: read from files, by page, date and number; prepared, by page and place in the page's history. */
import type { RevisionRecord } from '../schemas/record.ts';
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

/**
 * Prepared records as their pages' histories run, which the prepare step diffed pair by pair: a clock set wrong at a
 * commit can put a later revision's date before an earlier one's.
 */
export const historyOrder = (a: Pick<RevisionRecord, 'page' | 'ordinal'>, b: Pick<RevisionRecord, 'page' | 'ordinal'>): number =>
  a.page.localeCompare(b.page) || a.ordinal - b.ordinal;
