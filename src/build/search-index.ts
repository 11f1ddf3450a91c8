/** Builds the Pagefind search index of a built site: only regions marked `data-pagefind-body` (the newest revisions). */
import { existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';

/** Links the site adds inside headings: they would clutter the section titles of sub-results. */
const NOT_TEXT = ['.heading-link', '.heading-history', '.heading-alias', '.missing-text'];

/**
 * Indexes `siteDir` and writes the index to `siteDir/pagefind/`; throws with Pagefind's messages if it fails.
 * `searchable` (relative paths) are the only pages that hold searchable text: given, Pagefind reads a folder of
 * links to just them rather than every page of the site (in a whole-wiki build, tens of thousands of old
 * revisions and diffs it would parse only to skip). A searchable page missing from `siteDir` is read from `from`.
 */
export async function buildSearchIndex(siteDir: string, searchable?: readonly string[], from?: string): Promise<{ pages: number }> {
  const only = `${siteDir}.search`;
  try {
    const created = await pagefind.createIndex({ excludeSelectors: NOT_TEXT, forceLanguage: 'en' });
    if (!created.index) throw new Error(created.errors.join('; '));
    if (searchable) {
      rmSync(only, { recursive: true, force: true });
      for (const file of searchable) {
        mkdirSync(dirname(join(only, file)), { recursive: true });
        // An incremental build wrote only the changed pages: the others are in the output it updates (`from`).
        linkSync(from !== undefined && !existsSync(join(siteDir, file)) ? join(from, file) : join(siteDir, file), join(only, file));
      }
    }
    const added = await created.index.addDirectory({ path: searchable ? only : siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await created.index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return { pages: added.page_count };
  } catch (error) {
    throw new Error(`search index of ${siteDir}: ${(error as Error).message}`);
  } finally {
    rmSync(only, { recursive: true, force: true });
    await pagefind.close();
  }
}
