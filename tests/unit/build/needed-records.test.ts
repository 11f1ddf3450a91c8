import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageUnit, recordsByPage } from '../../../src/build/build-units.ts';
import { neededRecords } from '../../../src/build/needed-records.ts';
import { newestRevisions } from '../../../src/feeds/page-feed.ts';
import type { RevisionRecord } from '../../../src/schemas/record.ts';

/** Records of pages named by `dates` (each page's commit days, oldest first), as prepare leaves them: page by page. */
function recordsOf(dates: Record<string, number[]>): RevisionRecord[] {
  return Object.entries(dates).flatMap(([page, days]) =>
    days.map((day, i) => ({ page, revision: `1.${i + 1}`, ordinal: i + 1, date: new Date(Date.UTC(2010, 0, day)).toISOString().replace('.000', '') }) as RevisionRecord));
}
const ids = (records: readonly RevisionRecord[]) => records.map((r) => `${r.page}@${r.revision}`);
const only = (...pages: string[]) => (unit: string) => pages.some((p) => unit === pageUnit(p));

describe('the records an Astro run needs', () => {
  const records = recordsOf({ a: [1, 2, 3, 4, 5], b: [10, 11, 12, 40], c: [20, 30, 31] });

  it('keeps every record when the run builds every page', () => {
    expect(neededRecords(records, () => true, 2)).toEqual(records);
  });

  it('keeps a built page whole; of the others, each newest, the recent revisions and the revision before each', () => {
    // Recent, newest first: b@1.4 (day 40), c@1.3 (31); before them b@1.3 and c@1.2. a is built.
    expect(ids(neededRecords(records, only('a'), 2))).toEqual(['a@1.1', 'a@1.2', 'a@1.3', 'a@1.4', 'a@1.5', 'b@1.3', 'b@1.4', 'c@1.2', 'c@1.3']);
    // A page's first revision has none before it.
    expect(ids(neededRecords(recordsOf({ a: [1, 2], b: [5] }), only(), 1))).toEqual(['a@1.2', 'b@1.1']);
  });

  it('gives the site-wide pages what all records give them: each page\'s newest, the recent revisions and the ones before', () => {
    const names = ['a', 'b', 'c/d', 'c', 'e'];
    const days = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }).map((d) => d.sort((x, y) => x - y));
    const site = fc.dictionary(fc.constantFrom(...names), days, { minKeys: 1 });
    fc.assert(
      fc.property(site, fc.array(fc.constantFrom(...names)), fc.integer({ min: 0, max: 12 }), (dates, built: string[], recent) => {
        const all = recordsOf(dates);
        const needed = neededRecords(all, only(...built), recent);
        const [whole, kept] = [recordsByPage(all), recordsByPage(needed)];
        for (const [page, revisions] of whole) {
          expect(kept.get(page)!.at(-1)).toBe(revisions.at(-1));
          if (built.includes(page)) expect(kept.get(page)).toEqual(revisions);
        }
        expect(newestRevisions(needed, recent)).toEqual(newestRevisions(all, recent));
        for (const record of newestRevisions(all, recent)) {
          const [mine, theirs] = [kept.get(record.page)!, whole.get(record.page)!];
          // Recent changes read the revision before from the page's list, next to the recent one.
          expect(mine[mine.indexOf(record) - 1]).toBe(theirs[theirs.indexOf(record) - 1]);
        }
      }),
    );
  });
});
