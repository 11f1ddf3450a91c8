/** The Astro content loader: every revision of every wiki page, rendered by the site's markdown pipeline. */
import type { Loader } from 'astro/loaders';
import type { RenderRevision } from '../markdown/render.ts';
import type { Revision } from '../schemas/revision.ts';
import { renderPage } from './render-page.ts';

/** `readRevisions` yields all revisions, each page's oldest first (from content/, CVS or git). */
export function wikiLoader(readRevisions: (log: (message: string) => void) => Promise<Revision[]>, render: RenderRevision): Loader {
  return {
    name: 'wiki-revisions',
    async load({ store, parseData, generateDigest, logger }) {
      const revisions = await readRevisions((message) => logger.info(message));
      const byPage = Map.groupBy(revisions, (r) => r.page);
      store.clear();
      let done = 0;
      const progress = () => {
        if (++done % 50 === 0) logger.info(`rendered ${done} of ${revisions.length} revisions`);
      };
      for (const [page, list] of byPage) {
        for (const { revision, html, headings, aliases, title } of await renderPage(list, render, progress)) {
          const id = `${page}@${revision.revision}`;
          const data = await parseData({ id, data: { ...revision, title, headings, aliases } });
          store.set({ id, data, body: revision.body, rendered: { html, metadata: {} }, digest: generateDigest({ ...revision }) });
        }
      }
      logger.info(`${revisions.length} revisions of ${byPage.size} page(s)`);
    },
  };
}
