/** Builds the Pagefind search index of a built site: only regions marked `data-pagefind-body` (the newest revisions). */
import { existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';

/** Links the site adds inside headings: they would clutter the section titles of sub-results. */
const NOT_TEXT = ['.heading-link', '.heading-history', '.heading-alias', '.missing-text'];

/** An index being built: its pages are with Pagefind's own process; `done` writes the index, or throws. */
export interface SearchIndexing {
  done(): Promise<{ pages: number }>;
}

/**
 * Starts indexing `siteDir` into `siteDir/pagefind/`: the pages go to Pagefind's process, which reads them while the
 * caller goes on (an incremental build walks its previous output meanwhile). `searchable` (relative paths) are the
 * only pages that hold searchable text: given, Pagefind reads a folder of links to just them rather than every page of
 * the site (in a whole-wiki build, tens of thousands of old revisions and diffs it would parse only to skip). A
 * searchable page missing from `siteDir` is read from `from`. Errors name Pagefind's messages, from here or `done`.
 */
export async function startSearchIndex(siteDir: string, searchable?: readonly string[], from?: string): Promise<SearchIndexing> {
  const only = `${siteDir}.search`;
  const failed = (error: unknown) => new Error(`search index of ${siteDir}: ${(error as Error).message}`);
  const cleanUp = async () => {
    rmSync(only, { recursive: true, force: true });
    await pagefind.close();
  };
  try {
    const created = await pagefind.createIndex({ excludeSelectors: NOT_TEXT, forceLanguage: 'en' });
    if (!created.index) throw new Error(created.errors.join('; '));
    const index = created.index;
    if (searchable) {
      rmSync(only, { recursive: true, force: true });
      for (const file of searchable) {
        mkdirSync(dirname(join(only, file)), { recursive: true });
        // An incremental build wrote only the changed pages: the others are in the output it updates (`from`).
        linkSync(from !== undefined && !existsSync(join(siteDir, file)) ? join(from, file) : join(siteDir, file), join(only, file));
      }
    }
    // Sent now, answered once Pagefind has read every page: the links hold the pages' files whatever moves meanwhile.
    const adding = index.addDirectory({ path: searchable ? only : siteDir });
    adding.catch(() => {});
    return {
      async done() {
        try {
          const added = await adding;
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          return { pages: added.page_count };
        } catch (error) {
          throw failed(error);
        } finally {
          await cleanUp();
        }
      },
    };
  } catch (error) {
    await cleanUp();
    throw failed(error);
  }
}
