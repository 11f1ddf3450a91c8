/** The prepared site for the content loader: read from the file the build's prepare step wrote, or prepared here. */
import { readFileSync } from 'node:fs';
import { cacheDir, upstream } from '../site-config.ts';
import type { PreparedSite } from './prepare-site.ts';

/** `file`: the JSON `scripts/prepare.ts` wrote (`WIKI_PREPARED`); without it (astro dev, astro check) the site is prepared in this process. */
export async function loadPreparedSite(file: string | undefined, log: (message: string) => void): Promise<PreparedSite> {
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as PreparedSite;
  // Loaded only here: a build's Astro process never needs the sources' readers, the markdown pipeline and its
  // highlighter in memory, nor the time its content sync would spend transforming them.
  const [{ prepareSite }, { openSiteSource }] = await Promise.all([import('./prepare-site.ts'), import('../loaders/site-source.ts')]);
  return prepareSite(await openSiteSource(log), { cacheDir, upstream, threads: 0, log });
}
