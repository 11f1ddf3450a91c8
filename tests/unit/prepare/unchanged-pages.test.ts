/** A page whose history the source says is unchanged (same stamp) is taken whole from the cache, its messages told again. */
import { expect, it } from 'vitest';
import { readContentDir } from '../../../src/loaders/content-dir.ts';
import type { SiteSource } from '../../../src/loaders/site-source.ts';
import { prepareSite } from '../../../src/prepare/prepare-site.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const cacheDir = tempDir('unchanged-pages-');

const seed = readContentDir('content');

/** The seed page as a source with a stamp the test sets; counts the reads. */
function source(stamp: () => string | null) {
  const reads: string[] = [];
  const site: SiteSource = {
    pages: ['ports/xen/howto'],
    stamp: async () => stamp(),
    readPage: async (page, log) => {
      reads.push(page);
      log('warning: a message reading gave');
      return seed;
    },
  };
  return { site, reads };
}

const prepare = async (site: SiteSource) => {
  const messages: string[] = [];
  const { records } = await prepareSite(site, { cacheDir, upstream: 'https://wiki.netbsd.org', threads: 0, log: (m) => messages.push(m) });
  return { records, messages };
};

it('reads a page again only when its stamp changed, and never without one', async () => {
  let stamp: string | null = 'v1';
  const { site, reads } = source(() => stamp);
  const first = await prepare(site);
  const again = await prepare(site);
  expect(reads).toHaveLength(1);
  expect(again.records).toEqual(first.records);
  expect(again.messages).toContain('warning: a message reading gave');
  expect(again.messages).toContain("read 0 of 1 pages' histories; the others were unchanged since the last build");
  stamp = 'v2';
  await prepare(site);
  expect(reads).toHaveLength(2);
  stamp = null;
  await prepare(site);
  await prepare(site);
  expect(reads).toHaveLength(4);
}, 120_000);
