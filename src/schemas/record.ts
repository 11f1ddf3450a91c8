/** What the site stores of each revision once prepared: its metadata, what rendering found, and keys into the content cache. */
import { z } from 'astro/zod';

export const headingSchema = z.object({
  depth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  text: z.string(),
  slug: z.string(),
  line: z.number().int(),
});

export const recordSchema = z.object({
  page: z.string().min(1),
  revision: z.string().min(1),
  date: z.iso.datetime(),
  author: z.string().nullable(),
  log: z.string().nullable(),
  firstLine: z.number().int().min(1),
  missing: z.array(z.object({ line: z.number().int(), what: z.string(), standIn: z.string().optional() })),
  state: z.enum(['present', 'removed']),
  origin: z.string(),
  title: z.string().nullable(),
  headings: z.array(headingSchema),
  /** Each heading's slug → the slugs its section has in the page's other revisions. */
  aliases: z.record(z.string(), z.array(z.string())),
  /** Lines of the body. */
  lines: z.number().int(),
  /** Lines added and removed since the previous revision (all lines for the first). */
  added: z.number().int(),
  removed: z.number().int(),
  /** Content-cache keys: the body, its rendered HTML (null when removed), the diff from the previous revision. */
  bodyKey: z.string(),
  htmlKey: z.string().nullable(),
  diffKey: z.string().nullable(),
  /** On a page's newest revision only: the annotate of it and the page's history file. */
  annotateKey: z.string().nullable(),
  historyKey: z.string().nullable(),
});

export type RevisionRecord = z.infer<typeof recordSchema>;
