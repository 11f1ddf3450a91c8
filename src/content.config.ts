import { defineCollection } from 'astro:content';
import { buildFilter } from './build/build-filter.ts';
import { wikiLoader } from './loaders/wiki-loader.ts';
import { loadPreparedSite } from './prepare/prepared-site.ts';
import { recordSchema } from './schemas/record.ts';
import { RECENT_LIMIT } from './site-config.ts';

/** The prepare step's process id (`WIKI_PREPARER`), when the build started Astro before it finished. */
const preparer = (pid: string | undefined): number | undefined => (pid ? Number(pid) : undefined);

/**
 * One entry per revision of a wiki page; id `<page>@<revision>`. An incremental build loads only those it shows. The
 * plan is read with the records: the build's prepare step writes it before them, while Astro starts.
 */
const revisions = defineCollection({
  loader: wikiLoader((log) => loadPreparedSite(process.env.WIKI_PREPARED, log, preparer(process.env.WIKI_PREPARER)), () => buildFilter(process.env.WIKI_BUILD_ONLY), RECENT_LIMIT),
  schema: recordSchema,
});

export const collections = { revisions };
