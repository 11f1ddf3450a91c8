/** Reads every revision file under `content/`: `content/<page path>/<any name>.mdwn`, one file per revision. */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Revision } from '../schemas/revision.ts';
import { RevisionError } from './revision-error.ts';
import { parseRevisionFile } from './revision-file.ts';
import { compareRevisions } from '../utils/revision-order.ts';

function* revisionFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* revisionFiles(path);
    else if (entry.name.endsWith('.mdwn')) yield path;
  }
}

/** All revisions in the folder(s), each page's oldest first; throws a RevisionError for the first bad file. */
export function readContentDir(roots: string | readonly string[], cwd = process.cwd()): Revision[] {
  const seen = new Map<string, string>();
  const revisions: Revision[] = [];
  for (const [root, path] of [roots].flat().flatMap((root) => [...revisionFiles(root)].map((p) => [root, p] as const))) {
    const near = relative(cwd, path);
    const file = near.startsWith('..') || isAbsolute(near) ? path : near;
    const page = relative(root, path).split(sep).slice(0, -1).join('/');
    if (page === '') throw new RevisionError(file, 'path', 'a revision file must sit in its page\'s folder, e.g. content/ports/xen/howto/1.52.mdwn');
    const revision = parseRevisionFile(readFileSync(path, 'utf8'), file, page);
    const key = `${page}@${revision.revision}`;
    const other = seen.get(key);
    if (other) throw new RevisionError(file, 'revision', `"${revision.revision}" of ${page} is already claimed by ${other}`);
    seen.set(key, file);
    revisions.push(revision);
  }
  return revisions.sort(compareRevisions);
}
