import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cvsCommit, cvsSandbox } from './cvs-tools.ts';
import { isoSeconds, run, stepDate, tempDir, testSteps } from './tools.ts';

/** Builds the whole site from a history source into a temporary folder. */
function buildSite(source: string, pages: string): string {
  const out = join(tempDir('site'), 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, WIKI_SOURCE: source, WIKI_PAGES: pages, WIKI_OUT_DIR: out },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  expect(build.stderr).toMatch(/prepared \d+ of \d+ pages \(\d+ revisions\), \d+ s so far, about \d+ s left/);
  return out;
}

const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const rawOf = (dist: string, page: string, rev: string) => read(dist, `${page}/r/${rev}.mdwn`);

// Built pages have their attribute values unquoted where HTML allows (src/build/compact-html.ts).
describe('the site built from a real CVS repository', () => {
  const box = cvsSandbox();
  const steps = testSteps();
  steps.forEach((s, i) => cvsCommit(box, 'ports/xen/howto.mdwn', s.text, s.log, i === 0));
  cvsCommit(box, 'ports/xen/gone.mdwn', 'Gone\n====\n\nonce here\n', 'add a page', true);
  box.cvs(['rm', '-f', 'ports/xen/gone.mdwn']);
  box.cvs(['commit', '-m', 'remove the page', 'ports/xen/gone.mdwn']);
  const dist = buildSite(`cvs:${box.module}`, 'ports/xen/howto,ports/xen/gone');

  it('serves every revision as cvs update -p -r N gives it', () => {
    steps.forEach((_, i) => {
      const rev = `1.${i + 1}`;
      const expected = box.cvs(['update', '-p', '-r', rev, 'ports/xen/howto.mdwn']).toString('utf8');
      expect(rawOf(dist, 'ports/xen/howto', rev), rev).toBe(expected);
    });
  });

  it('lists every revision with its log in the history, and renders each', () => {
    const history = read(dist, 'ports/xen/howto/history/index.html');
    expect(history.match(/<tr id="?rev-/g)).toHaveLength(steps.length);
    expect(history).toContain('seed 1.52: PCI passthrough heading');
    expect(read(dist, 'ports/xen/howto/r/1.2/index.html')).toMatch(/ id="?pci-passthrough-using-pci-devices-in-guest-domains[">]/);
    expect(read(dist, 'ports/xen/howto/index.html')).toContain(`<strong>Revision 1.${steps.length}</strong>`);
  });

  it('keeps a removed page with its history and says it was removed', () => {
    expect(read(dist, 'ports/xen/gone/r/1.1/index.html')).toContain('once here');
    expect(read(dist, 'ports/xen/gone/index.html')).toContain('The page was removed in this revision.');
    // The label and the log are two things: "page removedremove the page" read as one word.
    expect(read(dist, 'ports/xen/gone/history/index.html')).toMatch(/>Page removed: <\/strong>remove the page</);
  });
});

describe('the site built from a real git repository', () => {
  const dir = tempDir('git');
  const git = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
    run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], dir, env);
  git(['init', '-q', '-b', 'main']);
  const steps = testSteps().slice(0, 4);
  const hashes = steps.map((step, i) => {
    run('mkdir', ['-p', 'ports/xen'], dir);
    spawnSync('sh', ['-c', 'cat > ports/xen/howto.mdwn'], { cwd: dir, input: step.text });
    git(['add', 'ports/xen/howto.mdwn']);
    const at = `${isoSeconds(stepDate(i))}`;
    git(['commit', '-q', '-m', step.log], { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at, GIT_AUTHOR_NAME: step.author });
    return git(['rev-parse', 'HEAD']).toString('utf8').trim();
  });
  const dist = buildSite(`git:${dir}`, 'ports/xen/howto');

  it('serves every commit of the page as git show gives it, under its short hash', () => {
    const history = read(dist, 'ports/xen/howto/history/index.html');
    for (const hash of hashes) {
      const short = new RegExp(`<tr id="?rev-(${hash.slice(0, 7)}[0-9a-f]*)[" >]`).exec(history)?.[1];
      expect(short, hash).toBeDefined();
      expect(rawOf(dist, 'ports/xen/howto', short!)).toBe(git(['show', `${hash}:ports/xen/howto.mdwn`]).toString('utf8'));
    }
  });
});

describe('a build from a broken CVS repository', () => {
  for (const [name, expected] of [['edit-out-of-range', /howto\.mdwn,v:\d+:\d+: /], ['binary', /howto\.mdwn,v.*binary/i], ['next-skips', /howto\.mdwn,v:11:6: next of revision 1\.3 is 1\.1, skipping revision 1\.2/], ['orphan-delta', /howto\.mdwn,v:\d+:1: revision 1\.1\.1\.1 is an orphan delta/]] as const) {
    it(`stops with one error naming the file and the place (${name}), writing no site`, () => {
      const module = tempDir('broken');
      run('mkdir', ['-p', 'ports/xen'], module);
      run('cp', [join(process.cwd(), 'tests/fixtures/rcs', name, 'input,v'), 'ports/xen/howto.mdwn,v'], module);
      const out = join(tempDir('site'), 'dist');
      const build = spawnSync(process.execPath, ['scripts/build.ts'], {
        env: { ...process.env, WIKI_SOURCE: `cvs:${module}`, WIKI_PAGES: 'ports/xen/howto', WIKI_OUT_DIR: out },
        encoding: 'utf8',
      });
      expect(build.status).toBe(1);
      const errors = build.stderr.split('\n').filter((line) => line.startsWith('error:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(expected);
      expect(existsSync(out)).toBe(false);
    });
  }
});
