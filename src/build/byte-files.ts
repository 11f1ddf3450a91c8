/**
 * The outputs that are bytes from the content cache, written straight into the output folder rather than through
 * Astro: each revision's source (`r/<rev>.mdwn`), each adjacent pair's `diff/<from>..<to>.diff`, each page's
 * `history.json`. Same URLs and bytes as before; each costs a file copy instead of a rendered route.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentCache } from '../prepare/cache.ts';
import type { RevisionRecord } from '../schemas/record.ts';
import { pageUnit, pairUnit, recordsByPage, revisionUnit } from './build-units.ts';

/** Writes the byte outputs of the units `builds` accepts into `dir`; returns how many files it wrote. */
export function writeByteFiles(dir: string, records: readonly RevisionRecord[], cache: ContentCache, builds: (unit: string) => boolean): number {
  let written = 0;
  const copy = (kind: string, key: string, path: string) => {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(cache.path(kind, key), target);
    written++;
  };
  for (const [page, revisions] of recordsByPage(records)) {
    revisions.forEach((record, i) => {
      if (builds(revisionUnit(page, record.revision))) copy('body', record.bodyKey, `${page}/r/${record.revision}.mdwn`);
      const before = revisions[i - 1];
      if (before && record.diffKey !== null && builds(pairUnit(page, before.revision, record.revision))) {
        copy('patch', record.diffKey, `${page}/diff/${before.revision}..${record.revision}.diff`);
      }
      if (record.historyKey !== null && builds(pageUnit(page))) copy('history', record.historyKey, `${page}/history.json`);
    });
  }
  return written;
}
