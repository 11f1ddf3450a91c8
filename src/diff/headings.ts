/** Gives a revision its headings (as the rendered page has them), for `buildDiffModel`. */
import { fillMissingLines } from '../markdown/missing-lines.ts';
import { outline, type Heading } from '../markdown/outline.ts';
import type { Revision } from '../schemas/revision.ts';

/** The revision plus its headings, parsed from the gap-filled markdown with page line numbers. */
export function withHeadings<T extends Pick<Revision, 'body' | 'firstLine' | 'missing'>>(revision: T): T & { headings: Heading[] } {
  return { ...revision, headings: outline(fillMissingLines(revision.body, revision.firstLine, revision.missing), revision.firstLine) };
}
