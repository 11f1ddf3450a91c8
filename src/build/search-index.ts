/** Builds the Pagefind search index of a built site: only regions marked `data-pagefind-body` (the newest revisions). */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Links the site adds inside headings: they would clutter the section titles of sub-results. */
const NOT_TEXT = ['.heading-link', '.heading-history', '.heading-alias', '.missing-text'];

/** Indexes `siteDir` and writes the index to `siteDir/pagefind/`; throws with Pagefind's messages if it fails. */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const created = await pagefind.createIndex({ excludeSelectors: NOT_TEXT, forceLanguage: 'en' });
    if (!created.index) throw new Error(created.errors.join('; '));
    const added = await created.index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await created.index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return { pages: added.page_count };
  } catch (error) {
    throw new Error(`search index of ${siteDir}: ${(error as Error).message}`);
  } finally {
    await pagefind.close();
  }
}
