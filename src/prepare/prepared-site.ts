/** The prepared site for the content loader: read from the file the build's prepare step writes, or prepared here. */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { cacheDir, upstream } from '../site-config.ts';
import type { PreparedSite } from './prepare-site.ts';

/** Whether process `pid` is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until `file` is there: the prepare step (process `preparer`) writes it whole when it is done, and the build
 * starts Astro beside it, so that Astro's own start (a second or more on this machine) overlaps the preparing.
 */
async function written(file: string, preparer: number): Promise<void> {
  while (!existsSync(file)) {
    if (!running(preparer)) throw new Error(`${file}: the prepare step (process ${preparer}) ended without writing it`);
    await sleep(20);
  }
}

/**
 * `file`: the JSON `scripts/prepare.ts` writes (`WIKI_PREPARED`), awaited while process `preparer` still prepares it;
 * without a file (astro dev, astro check) the site is prepared in this process.
 */
export async function loadPreparedSite(file: string | undefined, log: (message: string) => void, preparer?: number): Promise<PreparedSite> {
  if (file) {
    if (preparer !== undefined) await written(file, preparer);
    return JSON.parse(readFileSync(file, 'utf8')) as PreparedSite;
  }
  // Loaded only here: a build's Astro process never needs the sources' readers, the markdown pipeline and its
  // highlighter in memory, nor the time its content sync would spend transforming them.
  const [{ prepareSite }, { openSiteSource }] = await Promise.all([import('./prepare-site.ts'), import('../loaders/site-source.ts')]);
  return prepareSite(await openSiteSource(log), { cacheDir, upstream, threads: 0, log });
}
