/** Loads the two seed revisions (content/ports/xen/howto/1.51 and 1.52) as Revisions, for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Revision } from '../../../src/schemas/revision.ts';

const dir = join(import.meta.dirname, '../../../content/ports/xen/howto');

export function seedRevision(revision: '1.51' | '1.52'): Revision {
  const path = join(dir, `${revision}.mdwn`);
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path}: no front matter`);
  const meta = parse(match[1]!) as Pick<Revision, 'revision' | 'date' | 'author' | 'log' | 'firstLine' | 'missing'>;
  return { ...meta, page: 'ports/xen/howto', body: text.slice(match[0].length), state: 'present', origin: path };
}
