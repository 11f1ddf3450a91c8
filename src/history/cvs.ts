/** Page histories from a CVS repository (a module dir such as `cvsroot/wikisrc`, or one `,v` file). */
import { readFile, stat } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import type { Revision } from '../schemas/revision.ts';
import { normalizePage, pageFile } from './page.ts';
import { readRcs } from './rcs/index.ts';
import type { RcsHistory } from './rcs/index.ts';
import type { RevisionProgress, SourceResult } from './types.ts';

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Where a page's `,v` file is: beside its siblings, or in `Attic/` once the page was removed. */
export async function locatePage(root: string, page: string, warnings: string[]): Promise<string> {
  const live = `${pageFile(page)},v`;
  const attic = posix.join(posix.dirname(page), 'Attic', `${posix.basename(pageFile(page))},v`);
  const [inLive, inAttic] = await Promise.all([isFile(join(root, live)), isFile(join(root, attic))]);
  // CVS itself prefers the live file when both exist (a botched resurrection); so do we, aloud.
  if (inLive && inAttic) warnings.push(`${root}: both ${live} and ${attic} exist; reading ${live}`);
  if (inLive) return live;
  if (inAttic) return attic;
  throw new Error(`page ${page} not found in CVS repository ${root}: expected ${live} or ${attic}`);
}

/**
 * What identifies a page's history without reading it: its `,v` file's place, inode, size and modification
 * time. CVS rewrites a `,v` file whole (a new file renamed into place) on every commit, so a commit changes it.
 */
export async function cvsStamp(root: string, page: string): Promise<string> {
  const path = (await isFile(root)) ? root : join(root, await locatePage(root, page, []));
  const { ino, size, mtimeMs } = await stat(path);
  return JSON.stringify([path, ino, size, mtimeMs]);
}

/** Our revisions from one parsed `,v` file; `dead` revisions are removals with an empty body. */
export function rcsToRevisions(page: string, rel: string, history: RcsHistory): Revision[] {
  return history.revisions.map((r) => {
    const removed = r.state === 'dead';
    return {
      page,
      revision: r.number,
      date: r.date,
      author: r.author,
      log: r.log,
      firstLine: 1,
      missing: [],
      body: removed ? '' : r.text,
      state: removed ? 'removed' : 'present',
      origin: `${rel}@${r.number}`,
    };
  });
}

async function readPage(path: string, rel: string, page: string, out: SourceResult, progress?: RevisionProgress): Promise<void> {
  // Errors and warnings name the full path a maintainer can open; origins stay repository-relative.
  const history = readRcs(path, await readFile(path), { onRevision: (done, total) => progress?.(page, done, total) });
  out.revisions.push(...rcsToRevisions(page, rel, history));
  out.warnings.push(...history.warnings);
}

/**
 * Reads the pages' histories, grouped by page in the order given, oldest first.
 * With `root` a single `,v` file, `pages` names it (one page at most; default: the file name).
 */
export async function readCvsHistory(root: string, pages: readonly string[], progress?: RevisionProgress): Promise<SourceResult> {
  const out: SourceResult = { revisions: [], warnings: [] };
  if (await isFile(root)) {
    if (pages.length > 1) throw new Error(`${root} is a single ,v file: expected at most one page, got ${pages.join(', ')}`);
    const page = normalizePage(pages[0] ?? basename(root).replace(/,v$/, ''));
    await readPage(root, basename(root), page, out, progress);
    return out;
  }
  if (!(await stat(root).then((s) => s.isDirectory(), () => false))) {
    throw new Error(`CVS repository ${root} not found: expected a module directory (e.g. .../cvsroot/wikisrc) or a ,v file`);
  }
  for (const given of pages) {
    const page = normalizePage(given);
    const rel = await locatePage(root, page, out.warnings);
    await readPage(join(root, rel), rel, page, out, progress);
  }
  return out;
}
