/** The two seed revisions (content/ports/xen/howto/1.51 and 1.52) with their headings, for the diff tests. */
import { withHeadings } from '../../../src/diff/headings.ts';
import type { Heading } from '../../../src/markdown/outline.ts';
import type { Revision } from '../../../src/schemas/revision.ts';
import { howtoRevision } from '../../helpers/content.ts';

/** A seed revision read as the site reads it, ready for buildDiffModel. */
export function seedRevision(revision: '1.51' | '1.52'): Revision & { headings: Heading[] } {
  return withHeadings(howtoRevision(revision));
}
