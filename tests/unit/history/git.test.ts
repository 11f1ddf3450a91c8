import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitHistory } from '../../../src/history/git.ts';
import { parseFollowLog } from '../../../src/history/git/log.ts';
import { isoSeconds, run, stepDate, tempDir, testSteps } from './tools.ts';

/** A git repo whose commits have fixed authors and dates, so the test is deterministic. */
function gitRepo() {
  const dir = tempDir('git');
  const git = (args: readonly string[], env: NodeJS.ProcessEnv = {}): Buffer =>
    run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], dir, env);
  git(['init', '-q', '-b', 'main']);
  let n = 0;
  const commit = (log: string, author: string): Date => {
    const date = stepDate(n++);
    const at = `@${date.getTime() / 1000} +0000`;
    git(['commit', '-q', '--allow-empty', '-m', log], { GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: `${author}@example.org`, GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
    return date;
  };
  const write = (file: string, text: string | Buffer): void => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    git(['add', file]);
  };
  return { dir, git, commit, write };
}

describe('readGitHistory against git', async () => {
  const repo = gitRepo();
  const steps = testSteps();
  const made: { date: Date; author: string; log: string; path: string; text: string }[] = [];
  let path = 'ports/xen-howto.mdwn';
  steps.forEach((s, i) => {
    if (i === 3) {
      mkdirSync(join(repo.dir, 'ports/xen'), { recursive: true });
      repo.git(['mv', path, 'ports/xen/howto.mdwn']);
      path = 'ports/xen/howto.mdwn';
    }
    if (i > 0 && s.text === steps[i - 1]!.text && i !== 3) return; // git records no change for an unchanged file
    repo.write(path, s.text);
    made.push({ date: repo.commit(s.log, s.author), author: s.author, log: s.log, path, text: s.text });
    if (i === 1) {
      repo.write('unrelated.mdwn', 'not the page\n');
      repo.commit('unrelated', 'other');
    }
  });
  repo.write('ports/xen/gone.mdwn', 'soon gone\n');
  repo.commit('add gone', 'a');
  repo.git(['rm', '-q', 'ports/xen/gone.mdwn']);
  const goneDate = repo.commit('remove gone', 'b');
  repo.write('latin.mdwn', Buffer.from('caf\xe9\n', 'latin1'));
  repo.commit('latin-1 page', 'c');
  const result = await readGitHistory(repo.dir, ['ports/xen/howto', 'ports/xen/gone', 'latin']);
  const howto = result.revisions.filter((r) => r.page === 'ports/xen/howto');

  it('follows the page across its rename, oldest first', () => {
    expect(howto.map((r) => r.log)).toEqual(made.map((m) => m.log));
    expect(howto.map((r) => r.origin.split(':')[2])).toEqual(made.map((m) => m.path));
    expect(made.some((m) => m.path === 'ports/xen-howto.mdwn')).toBe(true);
  });

  it('matches git show for every revision', () => {
    for (const r of howto) {
      const [, hash, file] = r.origin.split(':');
      expect(r.body, r.revision).toBe(run('git', ['show', `${hash}:${file}`], repo.dir).toString('utf8'));
    }
    expect(howto.map((r) => r.body)).toEqual(made.map((m) => m.text));
  });

  it('gives commit dates in UTC, authors, messages and unique short hashes', () => {
    howto.forEach((r, i) => {
      expect(r.date).toBe(isoSeconds(made[i]!.date));
      expect(r.author).toBe(made[i]!.author);
      expect(r.revision).toMatch(/^[0-9a-f]{7,}$/);
      expect(run('git', ['rev-parse', '--verify', '-q', `${r.revision}^{commit}`], repo.dir).toString().trim()).toMatch(new RegExp(`^${r.revision}`));
      expect(r).toMatchObject({ state: 'present', firstLine: 1, missing: [] });
    });
  });

  it('turns a deletion into a removed revision with an empty body', () => {
    const gone = result.revisions.filter((r) => r.page === 'ports/xen/gone');
    expect(gone.map((r) => [r.state, r.body, r.log])).toEqual([
      ['present', 'soon gone\n', 'add gone'],
      ['removed', '', 'remove gone'],
    ]);
    expect(gone[1]!.date).toBe(isoSeconds(goneDate));
  });

  it('decodes a Latin-1 page and warns', () => {
    expect(result.revisions.find((r) => r.page === 'latin')?.body).toBe('café\n');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/latin\.mdwn: the text of revision [0-9a-f]{7,} is not valid UTF-8; decoded as Latin-1/);
  });

  it('reports progress and fails clearly for a page without commits', async () => {
    const seen: number[] = [];
    await readGitHistory(repo.dir, ['ports/xen/howto'], (_page, done) => seen.push(done));
    expect(seen).toEqual(made.map((_, i) => i + 1));
    await expect(readGitHistory(repo.dir, ['nope'])).rejects.toThrow(/page nope not found in git repository .*: no commit touches nope\.mdwn/);
    await expect(readGitHistory(join(repo.dir, 'missing'), ['nope'])).rejects.toThrow(/git -C .* failed/);
  });
});

describe('parseFollowLog', () => {
  it('rejects output that does not line up', () => {
    expect(() => parseFollowLog(Buffer.from('garbage\0'))).toThrow(/expected a commit hash, found "garbage"/);
  });
});
