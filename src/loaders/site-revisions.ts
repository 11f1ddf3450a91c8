/** The site's revisions from whichever source is configured: content/ by default, CVS or git by WIKI_SOURCE. */
import { historyConfigFromEnv, loadHistory } from '../history/source.ts';
import type { Revision } from '../schemas/revision.ts';
import { contentDirs } from '../site-config.ts';
import { readContentDir } from './content-dir.ts';

/** `log` receives progress and non-fatal problems (such as a page decoded as Latin-1). */
export async function readSiteRevisions(log: (message: string) => void = () => {}): Promise<Revision[]> {
  const history = historyConfigFromEnv();
  if (!history) return readContentDir(contentDirs);
  const { revisions, warnings } = await loadHistory(history, (p) =>
    log(`history: ${p.page} (page ${p.pageIndex} of ${p.pageCount}): ${p.done} of ${p.total} revisions`),
  );
  for (const warning of warnings) log(`warning: ${warning}`);
  return revisions;
}
