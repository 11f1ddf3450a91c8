/** The site's revisions from whichever source is configured: content/ by default. */
import type { Revision } from '../schemas/revision.ts';
import { contentDirs } from '../site-config.ts';
import { readContentDir } from './content-dir.ts';

/** `warn` receives non-fatal problems (such as a page decoded as Latin-1). */
export async function readSiteRevisions(_warn: (message: string) => void = () => {}): Promise<Revision[]> {
  return readContentDir(contentDirs);
}
