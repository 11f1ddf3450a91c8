import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.ts';
import { badKinds, latin1, layout, rev } from './content-kinds.ts';

// A whole Astro build takes 10 s alone and over a minute on a shared, loaded machine.
const FULL_BUILD_TIMEOUT = 240_000;

/** Runs the site build on `contentDir` into an output folder that already holds an earlier site. */
function build(contentDir: string) {
  const out = join(tempDir('build-errors-'), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'the earlier site');
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, WIKI_CONTENT_DIR: contentDir, WIKI_OUT_DIR: out, WIKI_SOURCE: '' },
    encoding: 'utf8',
  });
  return { ...run, out };
}

describe('a build with bad content', () => {
  it('stops on two files that claim the same revision, with one message, leaving the earlier site', () => {
    const run = build('tests/fixtures/content-dirs/duplicate');
    expect(run.status).toBe(1);
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errors).toEqual([expect.stringMatching(/^error: .*duplicate\/ports\/a\/two\.mdwn: revision: "1\.2" of ports\/a is already claimed by .*one\.mdwn$/)]);
    expect(readFileSync(join(run.out, 'index.html'), 'utf8')).toBe('the earlier site');
    expect(existsSync(`${run.out}.building`)).toBe(false);
  });

  it('stops on malformed metadata, naming the file and the field', () => {
    const dir = tempDir('bad-content-');
    mkdirSync(join(dir, 'ports/x'), { recursive: true });
    writeFileSync(join(dir, 'ports/x/1.2.mdwn'), '---\nrevision: "1.2"\ndate: "yesterday"\n---\ntext\n');
    const run = build(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${join(dir, 'ports/x/1.2.mdwn')}: date: "yesterday" is not a UTC time`);
    expect(readFileSync(join(run.out, 'index.html'), 'utf8')).toBe('the earlier site');
  });

  it('builds good content into the output folder, replacing the earlier site', () => {
    const run = build('tests/fixtures/content-dirs/valid');
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(run.out, 'ports/a/index.html'), 'utf8')).toContain('ten');
    expect(existsSync(join(run.out, 'ports/a/r/1.9.mdwn'))).toBe(true);
  }, FULL_BUILD_TIMEOUT);
});

/** A representative handful of the content check's kinds, through the real build script. */
const endToEnd = ['CRLF line endings', 'date February 30', 'a later revision dated before an earlier one', 'a symlink to itself', 'a dangling symlink', 'a page folder with a space'];

describe('the build stops on bad content with one message and leaves the earlier site', () => {
  for (const name of endToEnd) {
    it(name, () => {
      const kind = badKinds.find((k) => k.name === name)!;
      const dir = tempDir('bad-kind-');
      layout(dir, kind.files, kind.links);
      const run = build(dir);
      expect(run.status).toBe(1);
      const errors = run.stderr.split('\n').filter((line) => line.startsWith('error:'));
      expect(errors).toHaveLength(1);
      const prefix = `error: ${join(dir, kind.file)}: `;
      expect(errors[0]!.startsWith(prefix), errors[0]).toBe(true);
      expect(errors[0]!.slice(prefix.length)).toMatch(kind.message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(join(run.out, 'index.html'), 'utf8')).toBe('the earlier site');
      expect(existsSync(`${run.out}.building`)).toBe(false);
    });
  }

  it('builds accepted oddities: a BOM, Latin-1 text, hidden files and backups set aside', () => {
    const dir = tempDir('odd-content-');
    layout(dir, {
      'ports/x/1.1.mdwn': `\ufeff${rev('revision: "1.1"\ndate: "2014-12-26T23:36:34Z"', 'Title\n=====\n\nbom first\n')}`,
      'ports/x/1.2.mdwn': latin1(rev('revision: "1.2"\ndate: "2014-12-27T23:36:34Z"', 'Title\n=====\n\ncaf\u00e9 cr\u00e8me\n')),
      'ports/x/.1.53.mdwn': rev('revision: "1.53"\ndate: "2015-01-01T00:00:00Z"'),
      'ports/x/1.3.mdwn~': rev('revision: "1.3"\ndate: "2015-01-01T00:00:00Z"'),
    });
    const run = build(dir);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(run.out, 'ports/x/index.html'), 'utf8')).toContain('caf&#xE9; cr&#xE8;me');
    expect(readFileSync(join(run.out, 'ports/x/r/1.1/index.html'), 'utf8')).toContain('bom first');
    expect(existsSync(join(run.out, 'ports/x/r/1.53.mdwn'))).toBe(false);
    expect(existsSync(join(run.out, 'ports/x/r/1.3.mdwn'))).toBe(false);
  }, FULL_BUILD_TIMEOUT);
});
