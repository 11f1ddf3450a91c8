/** The Astro content loader: every revision of every wiki page, rendered by the site's markdown pipeline. */
import type { Loader } from 'astro/loaders';
import type { Revision } from '../schemas/revision.ts';
import { withRenderContext } from '../markdown/render-context.ts';
import { preparePage } from './page-outlines.ts';

/** `readRevisions` yields all revisions, each page's oldest first (from content/, CVS or git). */
export function wikiLoader(readRevisions: (log: (message: string) => void) => Promise<Revision[]>): Loader {
  return {
    name: 'wiki-revisions',
    async load({ store, renderMarkdown, parseData, generateDigest, logger }) {
      const revisions = await readRevisions((message) => logger.info(message));
      const byPage = Map.groupBy(revisions, (r) => r.page);
      store.clear();
      let done = 0;
      for (const [page, list] of byPage) {
        for (const { revision, markdown, headings, aliases } of preparePage(list)) {
          const id = `${page}@${revision.revision}`;
          const rendered = revision.state === 'removed'
            ? { html: '', metadata: {} }
            : await renderMarkdown(withRenderContext(markdown, { ...revision, aliases }));
          const frontmatter = (rendered.metadata as { frontmatter?: { title?: unknown } }).frontmatter;
          const title = typeof frontmatter?.title === 'string' ? frontmatter.title : null;
          const data = await parseData({ id, data: { ...revision, title, headings, aliases } });
          store.set({ id, data, body: revision.body, rendered, digest: generateDigest({ ...revision }) });
          if (++done % 50 === 0) logger.info(`rendered ${done} of ${revisions.length} revisions`);
        }
      }
      logger.info(`${revisions.length} revisions of ${byPage.size} page(s)`);
    },
  };
}
