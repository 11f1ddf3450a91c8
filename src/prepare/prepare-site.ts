/** Prepares every page of the site, a few pages at a time (bounded memory), rendering on worker threads and reporting progress with the time left. */
import type { SiteSource } from '../loaders/site-source.ts';
import type { WikiSite } from '../markdown/wiki-site.ts';
import type { RevisionRecord } from '../schemas/record.ts';
import { ContentCache, hashKey } from './cache.ts';
import { codeKey } from './code-key.ts';
import { preparePage, type PrepareContext } from './prepare-page.ts';
import { createRenderPool } from './render-pool.ts';

export interface PrepareOptions {
  cacheDir: string;
  upstream: string;
  /** Render threads; 0 renders in this thread. */
  threads?: number;
  log?: (message: string) => void;
}

export interface PreparedSite {
  /** Every revision of every page, each page's oldest first, pages sorted. */
  records: RevisionRecord[];
}

/** The wiki's templates (`templates/<name>` pages): each one's newest text, for `[[!template id=name]]`. */
async function readTemplates(source: SiteSource, log: (message: string) => void): Promise<Map<string, string>> {
  const templates = new Map<string, string>();
  for (const page of source.pages.filter((p) => p.startsWith('templates/'))) {
    const newest = (await source.readPage(page, log)).at(-1);
    if (newest && newest.state !== 'removed') templates.set(page.slice('templates/'.length), newest.body);
  }
  return templates;
}

/** One page's records and the messages reading it gave, as kept in the cache under the page's stamp. */
interface PreparedPage {
  records: RevisionRecord[];
  messages: string[];
}

/**
 * One page prepared, or found whole in the cache when the source can tell its history is unchanged (a rebuild
 * then reads no `,v` file but the changed ones). The messages reading it gave are kept and told again.
 */
async function preparedPage(source: SiteSource, page: string, context: PrepareContext, log: (message: string) => void): Promise<RevisionRecord[]> {
  const stamp = (await source.stamp?.(page)) ?? null;
  const key = stamp === null ? null : hashKey('page', context.buildKey, page, stamp);
  if (key !== null && context.cache.has('page', key)) {
    const kept = context.cache.readJson<PreparedPage>('page', key);
    kept.messages.forEach((message) => log(message));
    context.computed.unchangedPages++;
    return kept.records;
  }
  const messages: string[] = [];
  const revisions = await source.readPage(page, (message) => {
    messages.push(message);
    log(message);
  });
  context.pool.warm(revisions.length);
  const records = revisions.length > 0 ? await preparePage(revisions, context) : [];
  if (key !== null) context.cache.writeJson('page', key, { records, messages } satisfies PreparedPage);
  return records;
}

const seconds = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);

export async function prepareSite(source: SiteSource, options: PrepareOptions): Promise<PreparedSite> {
  const log = options.log ?? (() => {});
  const templates = await readTemplates(source, log);
  const site: WikiSite = { pages: source.pages, upstream: options.upstream, templates, ...(source.files && { files: source.files }) };
  const cache = new ContentCache(options.cacheDir);
  const pool = createRenderPool(site, cache, options.threads);
  const computed = { rendered: 0, diffed: 0, unchangedPages: 0 };
  const context: PrepareContext = { cache, pool, buildKey: hashKey(codeKey(), { ...site, templates: [...site.templates], files: site.files ? [...site.files] : null }), computed };
  const records: RevisionRecord[] = [];
  const started = Date.now();
  let lastReport = started;
  // A few pages at once, so the workers render one page while this thread diffs another; records stay in page order.
  const ahead = pool.lanes + 1;
  const inFlight: Array<Promise<RevisionRecord[]>> = [];
  const start = (page: string) => {
    const prepared = preparedPage(source, page, context, log);
    // Awaited in turn below; a page that fails before its turn must not count as unhandled meanwhile.
    prepared.catch(() => {});
    inFlight.push(prepared);
  };
  try {
    for (let i = 0; i < source.pages.length; i++) {
      for (let k = i + inFlight.length; k < Math.min(source.pages.length, i + ahead); k++) start(source.pages[k]!);
      records.push(...(await inFlight.shift()!));
      const now = Date.now();
      if (now - lastReport >= 2000 || i === source.pages.length - 1) {
        lastReport = now;
        const left = ((now - started) / (i + 1)) * (source.pages.length - i - 1);
        log(`prepared ${i + 1} of ${source.pages.length} pages (${records.length} revisions), ${seconds(now - started)} so far, about ${seconds(left)} left`);
      }
    }
  } finally {
    await pool.close();
  }
  log(`read ${source.pages.length - computed.unchangedPages} of ${source.pages.length} pages' histories; the others were unchanged since the last build`);
  log(`rendered ${computed.rendered} and diffed ${computed.diffed} of ${records.length} revisions; the rest came from the cache (${options.cacheDir})`);
  return { records };
}
