/** Page histories from a git repository (a wiki conversion): renames followed, deletions as removals. */
import type { Revision } from '../schemas/revision.ts';
import { decodeBytes, fallbackWarning } from './decode.ts';
import { readBlobs } from './git/blobs.ts';
import { followLog } from './git/log.ts';
import type { FileCommit } from './git/log.ts';
import { normalizePage, pageFile } from './page.ts';
import { isoSeconds } from './rcs/date.ts';
import type { RevisionProgress, SourceResult } from './types.ts';

/** One page's revisions, oldest first: the blob at each commit, or an empty removal for a deletion. */
async function readPage(repo: string, page: string, out: SourceResult, progress?: RevisionProgress): Promise<void> {
  const file = pageFile(page);
  const commits = (await followLog(repo, file)).reverse();
  if (commits.length === 0) throw new Error(`page ${page} not found in git repository ${repo}: no commit touches ${file}`);
  const present = commits.filter((c) => c.status !== 'D');
  const blobs = await readBlobs(repo, present.map((c) => `${c.hash}:${c.path}`), (done) => progress?.(page, done, present.length));
  const latinText: string[] = [];
  const latinLog: string[] = [];
  let next = 0;
  for (const c of commits) {
    const removed = c.status === 'D';
    const text = removed ? { text: '', fallback: false } : decodeBytes(blobs[next++]!);
    if (text.fallback) latinText.push(c.short);
    if (c.latin1) latinLog.push(c.short);
    out.revisions.push(toRevision(repo, page, c, text.text, removed));
  }
  const where = `${repo}:${file}`;
  for (const w of [fallbackWarning(where, 'the text', latinText), fallbackWarning(where, 'the log message', latinLog)]) {
    if (w !== null) out.warnings.push(w);
  }
}

function toRevision(repo: string, page: string, c: FileCommit, body: string, removed: boolean): Revision {
  return {
    page,
    revision: c.short,
    date: isoSeconds(new Date(c.time * 1000)),
    author: c.author,
    log: c.message,
    firstLine: 1,
    missing: [],
    body,
    state: removed ? 'removed' : 'present',
    // git's own `rev:path` syntax: `git show` accepts the part after the repository.
    origin: `${repo}:${c.short}:${c.path}`,
  };
}

/** Reads the pages' histories (`<page>.mdwn` at HEAD or before its deletion), grouped by page, oldest first. */
export async function readGitHistory(repo: string, pages: readonly string[], progress?: RevisionProgress): Promise<SourceResult> {
  const out: SourceResult = { revisions: [], warnings: [] };
  for (const given of pages) await readPage(repo, normalizePage(given), out, progress);
  return out;
}
