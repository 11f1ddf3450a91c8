/** The prepared site for the content loader: read from the file the build's prepare step wrote, or prepared here. */
import { readFileSync } from 'node:fs';
import { openSiteSource } from '../loaders/site-source.ts';
import { cacheDir, upstream } from '../site-config.ts';
import type { PreparedSite } from './prepare-site.ts';

/** `file`: the JSON `scripts/prepare.ts` wrote (`WIKI_PREPARED`); without it (astro dev, astro check) the site is prepared in this process. */
export async function loadPreparedSite(file: string | undefined, log: (message: string) => void): Promise<PreparedSite> {
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as PreparedSite;
  // Loaded only here: a build's Astro process never needs the markdown pipeline and its highlighter in memory.
  const { prepareSite } = await import('./prepare-site.ts');
  return prepareSite(await openSiteSource(log), { cacheDir, upstream, threads: 0, log });
}
