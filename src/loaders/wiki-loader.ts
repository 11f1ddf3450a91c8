/** The Astro content loader: one entry per revision of the wiki's pages, as the prepare step left it (content in the cache). */
import type { Loader } from 'astro/loaders';
import { neededRecords } from '../build/needed-records.ts';
import type { PreparedSite } from '../prepare/prepare-site.ts';

/** `builds`: whether this run builds a unit (src/build/build-filter.ts); `recent`: how many revisions recent changes lists. */
export function wikiLoader(prepared: (log: (message: string) => void) => Promise<PreparedSite>, builds: (unit: string) => boolean, recent: number): Loader {
  return {
    name: 'wiki-revisions',
    async load({ store, parseData, generateDigest, logger }) {
      const all = (await prepared((message) => logger.info(message))).records;
      const records = neededRecords(all, builds, recent);
      store.clear();
      for (const record of records) {
        const id = `${record.page}@${record.revision}`;
        store.set({ id, data: await parseData({ id, data: record }), digest: generateDigest(record) });
      }
      const pages = new Set(all.map((r) => r.page)).size;
      const which = records.length < all.length ? `${records.length} of ${all.length} revisions (the pages this build renders; of the others, what the site-wide pages show)` : `${all.length} revisions`;
      logger.info(`${which} of ${pages} page(s)`);
    },
  };
}
