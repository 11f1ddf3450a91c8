/** The Astro content loader: one entry per revision of every wiki page, as the prepare step left it (content in the cache). */
import type { Loader } from 'astro/loaders';
import type { PreparedSite } from '../prepare/prepare-site.ts';

export function wikiLoader(prepared: (log: (message: string) => void) => Promise<PreparedSite>): Loader {
  return {
    name: 'wiki-revisions',
    async load({ store, parseData, generateDigest, logger }) {
      const { records } = await prepared((message) => logger.info(message));
      store.clear();
      for (const record of records) {
        const id = `${record.page}@${record.revision}`;
        store.set({ id, data: await parseData({ id, data: record }), digest: generateDigest(record) });
      }
      logger.info(`${records.length} revisions of ${new Set(records.map((r) => r.page)).size} page(s)`);
    },
  };
}
