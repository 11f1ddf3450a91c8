import { defineCollection } from 'astro:content';
import { buildFilter } from './build/build-filter.ts';
import { wikiLoader } from './loaders/wiki-loader.ts';
import { loadPreparedSite } from './prepare/prepared-site.ts';
import { recordSchema } from './schemas/record.ts';
import { RECENT_LIMIT } from './site-config.ts';

/** One entry per revision of a wiki page; id `<page>@<revision>`. An incremental build loads only those it shows. */
const revisions = defineCollection({
  loader: wikiLoader((log) => loadPreparedSite(process.env.WIKI_PREPARED, log), buildFilter(process.env.WIKI_BUILD_ONLY), RECENT_LIMIT),
  schema: recordSchema,
});

export const collections = { revisions };
