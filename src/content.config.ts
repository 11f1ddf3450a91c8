import { defineCollection } from 'astro:content';
import { revisionEntrySchema } from './schemas/revision.ts';
import { readSiteRevisions } from './loaders/site-revisions.ts';
import { wikiLoader } from './loaders/wiki-loader.ts';
import { createRenderer } from './markdown/render.ts';
import { sitePages, upstream } from './site-config.ts';

/** One entry per revision of a wiki page; id `<page>@<revision>`. */
const revisions = defineCollection({
  loader: wikiLoader(readSiteRevisions, createRenderer({ pages: sitePages(), upstream })),
  schema: revisionEntrySchema,
});

export const collections = { revisions };
