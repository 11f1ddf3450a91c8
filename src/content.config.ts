import { defineCollection } from 'astro:content';
import { wikiLoader } from './loaders/wiki-loader.ts';
import { loadPreparedSite } from './prepare/prepared-site.ts';
import { recordSchema } from './schemas/record.ts';

/** One entry per revision of a wiki page; id `<page>@<revision>`. */
const revisions = defineCollection({
  loader: wikiLoader((log) => loadPreparedSite(process.env.WIKI_PREPARED, log)),
  schema: recordSchema,
});

export const collections = { revisions };
