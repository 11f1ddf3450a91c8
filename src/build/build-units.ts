/**
 * The units an incremental build reasons about: a page (its views of the whole page), a revision (its views)
 * and an adjacent pair (its diff), each with a key that changes whenever anything its views show changes.
 */
import { hashKey } from '../prepare/cache.ts';
import type { RevisionRecord } from '../schemas/record.ts';
import { historyOrder } from '../utils/revision-order.ts';

/** `ports/xen/howto`: the page's own views (`/<page>/`, history, feed, history.json, sections, newest annotate...). */
export const pageUnit = (page: string): string => page;
/** `ports/xen/howto@1.51`: one revision's views (`r/1.51/`, `r/1.51.mdwn`, its source view and annotate). */
export const revisionUnit = (page: string, revision: string): string => `${page}@${revision}`;
/** `ports/xen/howto@1.51..1.52`: one adjacent pair's diff page and `.diff`. */
export const pairUnit = (page: string, from: string, to: string): string => `${page}@${from}..${to}`;

/** Unit id → key. */
export type UnitKeys = Record<string, string>;

/** Groups records by page, each page's revisions oldest first, in the order the site's routes use. */
export function recordsByPage(records: readonly RevisionRecord[]): Map<string, RevisionRecord[]> {
  return Map.groupBy([...records].sort(historyOrder), (r) => r.page);
}

/**
 * Every unit's key. A revision's views show its own record, its neighbours' names, whether it is the newest,
 * the page's title; a pair's diff shows both records, the title and the pairs around it; a page's views show all.
 */
export function unitKeys(records: readonly RevisionRecord[]): UnitKeys {
  const keys: UnitKeys = {};
  for (const [page, revisions] of recordsByPage(records)) {
    const last = revisions.length - 1;
    const title = revisions[last]!.title;
    // Each record hashed once, and its hash in the keys that show it: a record is in three units' keys.
    const own = revisions.map((record) => hashKey('record', record));
    keys[pageUnit(page)] = hashKey('page', own);
    revisions.forEach((record, i) => {
      const [before, after] = [revisions[i - 1]?.revision ?? null, revisions[i + 1]?.revision ?? null];
      keys[revisionUnit(page, record.revision)] = hashKey('revision', own[i], before, after, i === last, title);
      if (i > 0) {
        const beforeThat = revisions[i - 2]?.revision ?? null;
        keys[pairUnit(page, before!, record.revision)] = hashKey('pair', own[i - 1], own[i], beforeThat, after, title);
      }
    });
  }
  return keys;
}

/** What the build needs of the records to plan and finish: each page's revisions (oldest first) and every unit's key. */
export interface SiteUnits {
  /** In the records' order (a list: an object would put pages named like numbers first). */
  pages: Array<[page: string, revisions: string[]]>;
  units: UnitKeys;
  /** The key of the code, settings and page list the units were made with (src/build/site-key.ts). */
  siteKey: string;
}

/**
 * The records' units, written by the prepare step beside the records: the build reads this, a few MB for the whole
 * wiki, rather than parse the records (some 200 MB in memory) and hold them through Astro's run.
 */
export function siteUnits(records: readonly RevisionRecord[], siteKey: string): SiteUnits {
  const pages = [...recordsByPage(records)].map(([page, revisions]): [string, string[]] => [page, revisions.map((r) => r.revision)]);
  return { pages, units: unitKeys(records), siteKey };
}
