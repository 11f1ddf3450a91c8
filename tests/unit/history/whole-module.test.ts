import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlannedPage } from '../../../bench/synthetic-wiki.ts';
import { RECENT_LIMIT } from '../../../src/site-config.ts';
import { cvsCommit, cvsSandbox } from './cvs-tools.ts';
import { tempDir } from './tools.ts';

/** Builds the whole module (no WIKI_PAGES) into `out` with its own content cache. */
function buildModule(module: string, out: string, cache: string) {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, WIKI_SOURCE: `cvs:${module}`, WIKI_PAGES: '', WIKI_OUT_DIR: out, WIKI_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  // Astro's log (stdout) says what its content store loaded.
  return run.stderr + run.stdout;
}

const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
/** Every file of a folder (relative paths) with its inode: a file the build linked from the previous output keeps it. */
const inodes = (dir: string) =>
  new Map((readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((e) => e.isFile())
    .map((e) => { const path = join(e.parentPath, e.name); return [path.slice(dir.length + 1), statSync(path).ino] as const; }));
const computed = (log: string) => /rendered (\d+) and diffed (\d+) of (\d+) revisions/.exec(log)!.slice(1).map(Number);

describe('the whole wiki module built from a real CVS repository', () => {
  const box = cvsSandbox();
  cvsCommit(box, 'index.mdwn', 'Welcome\n=======\n\nSee [[ports/xen/howto]] and [[docs/guide/setup]].\n', 'front page', true);
  cvsCommit(box, 'ports/xen/howto.mdwn', 'Xen\n===\n\nFirst words.\n', 'start the howto', true);
  cvsCommit(box, 'ports/xen/howto.mdwn', 'Xen\n===\n\nFirst words.\n\nMore words.\n', 'more words', false);
  cvsCommit(box, 'docs/guide/setup.mdwn', 'Setup\n=====\n\nBack to [[ports/xen/howto]].\n\n[[!template id=versionbox release="NetBSD 10"]]\n', 'a guide', true);
  // A template of the module's own (not one of ikiwiki's built-in ones), used by the guide.
  cvsCommit(box, 'templates/versionbox.mdwn', 'Check your version: <TMPL_VAR release>.\n', 'a template', true);
  cvsCommit(box, 'ports/old.mdwn', 'Old\n===\n\nonce here\n', 'an old page', true);
  box.cvs(['rm', '-f', 'ports/old.mdwn']);
  box.cvs(['commit', '-m', 'remove the old page', 'ports/old.mdwn']);
  // More revisions than recent changes lists, dated before the commits above: a rebuild that leaves this page as it was
  // loads only some of its records (src/build/needed-records.ts), and must still list and count it as a full build does.
  const busy = RECENT_LIMIT;
  writePlannedPage(box.module, { page: 'docs/busy', lines: 20, seed: 3 }, busy);
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
    expect(computed(first)).toEqual([6 + busy, 2 + busy - 1, 7 + busy]);
  });

  it("fills [[!template]] from the module's templates/ pages", () => {
    expect(read(dist, 'docs/guide/setup/index.html')).toContain('Check your version: NetBSD 10.');
  });

  it('links pages of the module to each other locally', () => {
    // Attribute values are unquoted where HTML allows (src/build/compact-html.ts).
    expect(read(dist, 'index.html')).toMatch(/href="?\/ports\/xen\/howto\/[">]/);
    expect(read(dist, 'docs/guide/setup/index.html')).toMatch(/href="?\/ports\/xen\/howto\/[">]/);
  });

  describe('after one new commit', () => {
    const before = inodes(dist);
    cvsCommit(box, 'ports/xen/howto.mdwn', 'Xen\n===\n\nFirst words.\n\nMore words, and a third revision.\n', 'third', false);
    const second = buildModule(box.module, dist, cache);
    const after = inodes(dist);
    const written = [...after].filter(([path, ino]) => before.get(path) !== ino).map(([path]) => path);

    it('reads only the changed page\'s history, renders and diffs only the new revision', () => {
      expect(first).toContain("read 6 of 6 pages' histories");
      expect(second).toContain("read 1 of 6 pages' histories; the others were unchanged since the last build");
      expect(computed(second)).toEqual([1, 1, 8 + busy]);
      expect(read(dist, 'ports/xen/howto/index.html')).toContain('a third revision');
      expect(read(dist, 'ports/xen/howto/diff/1.2..1.3.diff')).toContain('+More words, and a third revision.');
    });

    it('writes only the changed page\'s new and changed files, and the site-wide ones; the rest is the previous output', () => {
      expect(second).toMatch(/incremental: \d+ files moved into .*, \d+ removed, \d+ kept as they were/);
      // Other pages, and the changed page's revision that nothing new touches, are the same files.
      for (const path of ['ports/xen/howto/r/1.1/index.html', 'ports/xen/howto/r/1.1.mdwn', 'index/index.html', 'index/r/1.1.mdwn', 'docs/guide/setup/r/1.1/index.html', 'docs/guide/setup/r/1.1.mdwn', 'docs/guide/setup/history.json', 'ports/old/diff/1.1..1.2/index.html', 'ports/old/r/1.2/index.html']) {
        expect(after.get(path), path).toBe(before.get(path));
      }
      const pageFiles = written.filter((path) => /^(index|docs|ports)\//.test(path) && !/^(docs|ports|docs\/guide|ports\/xen)\/index\.html$/.test(path));
      expect(pageFiles.every((path) => path.startsWith('ports/xen/howto/')), pageFiles.join(' ')).toBe(true);
      // The new revision and pair; the old newest (it gains a next link), the pair before (a next diff), the page's own views.
      for (const path of ['ports/xen/howto/r/1.3/index.html', 'ports/xen/howto/r/1.3.mdwn', 'ports/xen/howto/diff/1.2..1.3/index.html', 'ports/xen/howto/diff/1.2..1.3.diff', 'ports/xen/howto/r/1.2/index.html', 'ports/xen/howto/diff/1.1..1.2/index.html', 'ports/xen/howto/history/index.html', 'ports/xen/howto/history.json', 'sitemap-0.xml', 'recent/index.html']) {
        expect(written, path).toContain(path);
      }
    });

    it("loads the changed page's records, and of the others only what the site-wide pages show", () => {
      // The other pages' eight revisions are all among the recent ones, so of the busy page the rest of them and the
      // one before; the newest is among them.
      const [loaded, all] = /(\d+) of (\d+) revisions \(the pages this build renders; of the others, what the site-wide pages show\)/.exec(second)!.slice(1).map(Number);
      expect([loaded, all]).toEqual([RECENT_LIMIT + 1, 8 + busy]);
      expect(first).toMatch(new RegExp(`${7 + busy} revisions of 6 page`));
    });

    it('gives byte for byte what a full build gives', () => {
      const full = join(base, 'full');
      const log = buildModule(box.module, full, cache);
      expect(log).not.toMatch(/incremental:/);
      const [incremental, fresh] = [[...inodes(dist).keys()].sort(), [...inodes(full).keys()].sort()];
      expect(incremental).toEqual(fresh);
      for (const path of fresh) expect(readFileSync(join(dist, path)).equals(readFileSync(join(full, path))), path).toBe(true);
    });
  });
});
