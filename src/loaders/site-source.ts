/** The site's wiki pages from whichever source is configured (content/ by default, CVS or git by WIKI_SOURCE), read page by page. */
import type { WikiFiles } from '../history/module-files.ts';
import { historyConfigFromEnv, historyFiles, historyPages, historyStamps, readHistoryPage } from '../history/source.ts';
import type { Revision } from '../schemas/revision.ts';
import { contentDirs } from '../site-config.ts';
import { readContentDir } from './content-dir.ts';

export interface SiteSource {
  /** Every page id the site builds, sorted. */
  pages: string[];
  /** The wiki's files that are not pages, where the source knows them (a CVS module or git repository). */
  files?: WikiFiles;
  /** One page's revisions, oldest first; `log` receives progress and non-fatal problems. */
  readPage(page: string, log: (message: string) => void): Promise<Revision[]>;
  /** What identifies a page's history without reading it, where the source has such a thing (a `,v` file's stat). */
  stamp?(page: string): Promise<string | null>;
}

/** Opens the configured source; content files are checked here, so a bad one stops the build before any work. */
export async function openSiteSource(log: (message: string) => void): Promise<SiteSource> {
  const history = historyConfigFromEnv();
  if (!history) {
    const byPage = Map.groupBy(readContentDir(contentDirs, process.cwd(), { warn: log }), (r) => r.page);
    return { pages: [...byPage.keys()].sort(), readPage: async (page) => byPage.get(page) ?? [] };
  }
  const [pages, files] = await Promise.all([historyPages(history), historyFiles(history)]);
  return {
    pages,
    ...(files && { files }),
    stamp: historyStamps(history),
    async readPage(page, log) {
      const { revisions, warnings } = await readHistoryPage(history, page, (p, done, total) => {
        if (done === total && total >= 50) log(`history: ${p}: ${total} revisions read`);
      });
      for (const warning of warnings) log(`warning: ${warning}`);
      return revisions;
    },
  };
}
