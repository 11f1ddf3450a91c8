import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the site build on `contentDir` into an output folder that already holds an earlier site. */
function build(contentDir: string) {
  const out = join(mkdtempSync(join(tmpdir(), 'build-errors-')), 'dist');
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
    const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
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
  });
});
