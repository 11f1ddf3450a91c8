/**
 * The one revision schema: the types every source yields, the content check's rules and messages,
 * the collection entry and what the browser receives are all derived from it.
 */
import { z } from 'astro/zod';

/** The marker a body carries in place of a missing line. */
export const MISSING_LINE = '[[!missing]]';

/** A CVS/RCS trunk or branch number (`1.51`) or a git hash (7 to 40 hex digits). */
export const REVISION_ID = /^(\d+(\.\d+)+|[0-9a-f]{7,40})$/;

/** Largest body a content file may hold: past it, rendering and the per-line views grow too slow and big. */
export const MAX_BODY_BYTES = 1024 * 1024;

// Messages are written as the "problem" part of "file: field: problem"; a field that is absent
// reads "missing" whatever its type, so a user sees one wording for every required field.
const required = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? 'missing' : `must be ${what}, not ${JSON.stringify(issue.input)}`;

const revisionId = z
  .string({ error: required('a string (in quotes)') })
  .regex(REVISION_ID, { error: (issue) => `"${String(issue.input)}" is not a revision number such as "1.52" (quote it in YAML) or a git hash` });

// Calendar-aware (no Feb 30), UTC only (`Z`), whole seconds: the form every source writes.
const utcDate = z
  .string({ error: required('a string (in quotes)') })
  .pipe(z.iso.datetime({ precision: 0, error: (issue) => `"${String(issue.input)}" is not a UTC time such as "2014-12-26T23:46:22Z" (a real calendar date, ending in Z)` }));

const nullableText = z.string({ error: 'must be a string or null (unknown)' }).nullable();

/** A page line whose text is not in our source; the body keeps its place with the line `[[!missing]]`. */
export const missingLineSchema = z.strictObject(
  {
    /** Page line number (as on the real page). */
    line: z.number({ error: 'must be a page line number' }).int({ error: 'must be a page line number' }).min(1, { error: 'must be a page line number' }),
    /** What the line was, as far as the source tells. */
    what: z.string({ error: 'must say what the missing line was' }).min(1, { error: 'must say what the missing line was' }),
    /** What the renderer substitutes so the structure around it still parses (default: an empty line). */
    standIn: z.string({ error: 'must be a string' }).optional(),
  },
  { error: 'must be a mapping { line, what, standIn? }' },
);

const firstLine = z
  .number({ error: 'must be a whole number of at least 1' })
  .int({ error: 'must be a whole number of at least 1' })
  .min(1, { error: 'must be a whole number of at least 1' });

const state = z.enum(['present', 'removed'], { error: 'must be "present" or "removed"' });

/** The metadata a revision carries besides its text: what a content file's front matter holds. */
export const revisionMetaSchema = z.strictObject({
  /** The revision id: `1.51` for CVS/RCS and hand-written files, a short hash for git. */
  revision: revisionId,
  /** Commit time, ISO 8601 in UTC (`2014-12-26T23:36:34Z`). */
  date: utcDate,
  author: nullableText.default(null),
  log: nullableText.default(null),
  /** Page line number of the body's first line; 1 unless the body is an excerpt. */
  firstLine: firstLine.default(1),
  missing: z.array(missingLineSchema, { error: 'must be a list of { line, what, standIn? }' }).default([]),
  /** `removed` for a page deleted in this revision (CVS `dead` state, git deletion). */
  state: state.default('present'),
});

/** One revision of one page, as every source (content files, RCS/CVS, git) yields it. */
export const revisionSchema = revisionMetaSchema.extend({
  /** The wiki path of the page, without extension: `ports/xen/howto`. */
  page: z.string().min(1),
  /** The wiki source (markdown with ikiwiki directives), ending in a newline unless the page does not. */
  body: z.string(),
  /** Where this revision came from, for error messages: a file path, `path,v@1.3`, `repo:hash`. */
  origin: z.string(),
});

/** A heading of a rendered revision, with the page line it starts on. */
export const headingSchema = z.object({
  depth: z.number().int().min(1).max(6),
  text: z.string(),
  slug: z.string(),
  line: z.number().int(),
});

export type MissingLine = z.infer<typeof missingLineSchema>;
export type Revision = z.infer<typeof revisionSchema>;
export type RevisionMeta = z.infer<typeof revisionMetaSchema>;
