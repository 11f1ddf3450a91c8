import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cvsCommit, cvsSandbox } from './cvs-tools.ts';
import { cleanupTemp, tempDir } from './tools.ts';

afterAll(cleanupTemp);

/** Builds the whole module (no WIKI_PAGES) into `out` with its own content cache. */
function buildModule(module: string, out: string, cache: string) {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, WIKI_SOURCE: `cvs:${module}`, WIKI_PAGES: '', WIKI_OUT_DIR: out, WIKI_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
}

const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const computed = (log: string) => /rendered (\d+) and diffed (\d+) of (\d+) revisions/.exec(log)!.slice(1).map(Number);

describe('the whole wiki module built from a real CVS repository', () => {
  const box = cvsSandbox();
  cvsCommit(box, 'index.mdwn', 'Welcome\n=======\n\nSee [[ports/xen/howto]] and [[docs/guide/setup]].\n', 'front page', true);
  cvsCommit(box, 'ports/xen/howto.mdwn', 'Xen\n===\n\nFirst words.\n', 'start the howto', true);
  cvsCommit(box, 'ports/xen/howto.mdwn', 'Xen\n===\n\nFirst words.\n\nMore words.\n', 'more words', false);
  cvsCommit(box, 'docs/guide/setup.mdwn', 'Setup\n=====\n\nBack to [[ports/xen/howto]].\n', 'a guide', true);
  cvsCommit(box, 'ports/old.mdwn', 'Old\n===\n\nonce here\n', 'an old page', true);
  box.cvs(['rm', '-f', 'ports/old.mdwn']);
  box.cvs(['commit', '-m', 'remove the old page', 'ports/old.mdwn']);
  const base = tempDir('module');
  const [dist, cache] = [join(base, 'dist'), join(base, 'cache')];
  const first = buildModule(box.module, dist, cache);

  it('builds every page of every directory, the one in Attic included, with every revision', () => {
    expect(existsSync(join(box.module, 'ports/Attic/old.mdwn,v'))).toBe(true);
    for (const [page, revisions] of [['index', 1], ['ports/xen/howto', 2], ['docs/guide/setup', 1], ['ports/old', 2]] as const) {
      for (let r = 1; r <= revisions; r++) expect(existsSync(join(dist, page, `r/1.${r}/index.html`)), `${page} 1.${r}`).toBe(true);
    }
    expect(read(dist, 'ports/old/index.html')).toContain('The page was removed in this revision.');
    // The removed page's pair is diffed too: its second revision is the removal.
    expect(computed(first)).toEqual([5, 2, 6]);
  });

  it('links pages of the module to each other locally', () => {
    expect(read(dist, 'index.html')).toContain('href="/ports/xen/howto/"');
    expect(read(dist, 'docs/guide/setup/index.html')).toContain('href="/ports/xen/howto/"');
  });

  it('renders and diffs only the new revision after one new commit', () => {
    cvsCommit(box, 'ports/xen/howto.mdwn', 'Xen\n===\n\nFirst words.\n\nMore words, and a third revision.\n', 'third', false);
    const second = buildModule(box.module, dist, cache);
    expect(computed(second)).toEqual([1, 1, 7]);
    expect(read(dist, 'ports/xen/howto/index.html')).toContain('a third revision');
    expect(read(dist, 'ports/xen/howto/diff/1.2..1.3.diff')).toContain('+More words, and a third revision.');
  });
});
