/**
 * The records an Astro run needs. An incremental build renders a few pages and the site-wide ones, and Astro's
 * content store costs it for every record it holds: parsed, checked, serialized twice and read back (for the whole
 * wiki, most of a rebuild's Astro step; bench/RESULTS.md, round 9).
 */
import { newestRevisions } from '../feeds/page-feed.ts';
import type { RevisionRecord } from '../schemas/record.ts';
import { pageUnit, recordsByPage } from './build-units.ts';

/**
 * Every record of each page `builds` takes; of the other pages, what the site-wide pages show: each page's newest
 * revision (listings), and the `recent` newest revisions of the wiki with the revision before each (recent changes,
 * which say what each changed). A page keeps its revisions' order, so the one before a recent revision stays next to it.
 */
export function neededRecords(records: readonly RevisionRecord[], builds: (unit: string) => boolean, recent: number): RevisionRecord[] {
  const byPage = recordsByPage(records);
  const kept = new Set<RevisionRecord>();
  for (const [page, revisions] of byPage) {
    if (builds(pageUnit(page))) revisions.forEach((r) => kept.add(r));
    else kept.add(revisions.at(-1)!);
  }
  for (const record of newestRevisions(records, recent)) {
    kept.add(record);
    // Ordinals count a page's revisions from 1, in the order recordsByPage gives them.
    const before = byPage.get(record.page)![record.ordinal - 2];
    if (before) kept.add(before);
  }
  return kept.size === records.length ? [...records] : records.filter((r) => kept.has(r));
}
