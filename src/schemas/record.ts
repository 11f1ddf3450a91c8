/** What the site stores of each revision once prepared: its metadata, what rendering found, and keys into the content cache. */
import { z } from 'astro/zod';
import { headingSchema, revisionSchema } from './revision.ts';

export const recordSchema = revisionSchema.omit({ body: true, origin: true }).extend({
  /** The revision's place in its page's history, 1 for the oldest: listings count a page's revisions by its newest's. */
  ordinal: z.number().int().min(1),
  /** From the revision's `[[!meta]]`: title, description, author and date as written. */
  title: z.string().nullable(),
  description: z.string().nullable(),
  metaAuthor: z.string().nullable(),
  metaDate: z.string().nullable(),
  /** The revision places its own `[[!toc]]`: the site shows no contents box of its own. */
  hasToc: z.boolean(),
  tags: z.array(z.string()),
  /** Lines of the body. */
  lines: z.number().int(),
  /** Lines added and removed since the previous revision (all lines for the first). */
  added: z.number().int(),
  removed: z.number().int(),
  /** Content-cache keys: the revision's outline (`RevisionOutline`: kept out of the record, which every build holds for every revision), the body, its rendered HTML (null when removed), the diff from the previous revision and its rendered view. */
  outlineKey: z.string(),
  bodyKey: z.string(),
  htmlKey: z.string().nullable(),
  diffKey: z.string().nullable(),
  /** The rendered view of the pair with the previous revision (null for the first). */
  renderedKey: z.string().nullable(),
  /** On a page's newest revision only: the annotate of it and the page's history file. */
  annotateKey: z.string().nullable(),
  historyKey: z.string().nullable(),
});

export type RevisionRecord = z.infer<typeof recordSchema>;

/** A revision's headings, and each heading's slug → the slugs its section has in the page's other revisions. */
export const outlineSchema = z.object({
  headings: z.array(headingSchema),
  aliases: z.record(z.string(), z.array(z.string())),
});
export type RevisionOutline = z.infer<typeof outlineSchema>;

/** What the browser receives about each revision in a page's history file: its metadata, without the body. */
export const historyMetaSchema = recordSchema
  .pick({ revision: true, title: true, date: true, author: true, log: true, firstLine: true, missing: true, state: true })
  .extend(outlineSchema.pick({ headings: true }).shape);
export type HistoryMeta = z.infer<typeof historyMetaSchema>;
