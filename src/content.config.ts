import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readSiteRevisions } from './loaders/site-revisions.ts';
import { wikiLoader } from './loaders/wiki-loader.ts';
import { createRenderer } from './markdown/render.ts';
import { sitePages, upstream } from './site-config.ts';

const heading = z.object({
  depth: z.number().int().min(1).max(6),
  text: z.string(),
  slug: z.string(),
  line: z.number().int(),
});

/** One entry per revision of a wiki page; id `<page>@<revision>`. */
const revisions = defineCollection({
  loader: wikiLoader(readSiteRevisions, createRenderer({ pages: sitePages(), upstream, templates: new Map() })),
  schema: z.object({
    page: z.string().min(1),
    revision: z.string().min(1),
    date: z.iso.datetime(),
    author: z.string().nullable(),
    log: z.string().nullable(),
    firstLine: z.number().int().min(1),
    missing: z.array(z.object({ line: z.number().int(), what: z.string(), standIn: z.string().optional() })),
    body: z.string(),
    state: z.enum(['present', 'removed']),
    origin: z.string(),
    title: z.string().nullable(),
    headings: z.array(heading),
    aliases: z.record(z.string(), z.array(z.string())),
  }),
});

export const collections = { revisions };
