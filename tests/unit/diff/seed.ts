/** Loads the two seed revisions (content/ports/xen/howto/1.51 and 1.52) as Revisions, for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { withHeadings } from '../../../src/diff/headings.ts';
import type { Heading } from '../../../src/markdown/outline.ts';
import type { Revision } from '../../../src/schemas/revision.ts';

const dir = join(import.meta.dirname, '../../../content/ports/xen/howto');

/** A seed revision with its headings, ready for buildDiffModel. */
export function seedRevision(revision: '1.51' | '1.52'): Revision & { headings: Heading[] } {
  const path = join(dir, `${revision}.mdwn`);
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path}: no front matter`);
  const meta = parse(match[1]!) as Pick<Revision, 'revision' | 'date' | 'author' | 'log' | 'firstLine' | 'missing'>;
  return withHeadings({ ...meta, page: 'ports/xen/howto', body: text.slice(match[0].length), state: 'present' as const, origin: path });
}
