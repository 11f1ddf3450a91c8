/** A page's stamp changes with every commit to the page and with none other, in a real git repository and a real CVS module. */
import { renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyStamps } from '../../../src/history/source.ts';
import { cvsCommit, cvsSandbox } from './cvs-tools.ts';
import { run, tempDir } from './tools.ts';

const stampsOf = async (stamp: (page: string) => Promise<string | null>, pages: string[]) => Promise.all(pages.map(stamp));

describe('git', () => {
  it('follows each path\'s newest commit: a commit changes its own pages\' stamps, a rename the new path\'s', async () => {
    const repo = tempDir('git-stamps');
    const commit = (message: string) => {
      run('git', ['add', '-A'], repo);
      run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', message], repo);
    };
    run('git', ['init', '-q'], repo);
    mkdirSync(join(repo, 'ports'));
    writeFileSync(join(repo, 'ports/xen.mdwn'), 'one\n');
    writeFileSync(join(repo, 'index.mdwn'), 'front\n');
    commit('first');
    const pages = ['ports/xen', 'index', 'ports/moved'];
    const first = await stampsOf(historyStamps({ kind: 'git', repo, pages: null }), pages);
    expect(first[0]).toMatch(/^[0-9a-f]{40}$/);
    expect(first[2], 'no such path yet').toBeNull();
    writeFileSync(join(repo, 'ports/xen.mdwn'), 'two\n');
    commit('second');
    const second = await stampsOf(historyStamps({ kind: 'git', repo, pages: null }), pages);
    expect(second[0]).not.toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    renameSync(join(repo, 'ports/xen.mdwn'), join(repo, 'ports/moved.mdwn'));
    commit('rename');
    const third = await stampsOf(historyStamps({ kind: 'git', repo, pages: null }), pages);
    expect(third[2]).toMatch(/^[0-9a-f]{40}$/);
    expect(third[1]).toBe(first[1]);
  });
});

describe('cvs', () => {
  it('follows the ,v file: a commit to one page changes its stamp only', async () => {
    const box = cvsSandbox();
    cvsCommit(box, 'ports/xen.mdwn', 'one\n', 'first', true);
    cvsCommit(box, 'index.mdwn', 'front\n', 'front', true);
    const stamp = historyStamps({ kind: 'cvs', root: box.module, pages: null });
    const first = await stampsOf(stamp, ['ports/xen', 'index']);
    cvsCommit(box, 'ports/xen.mdwn', 'two\n', 'second', false);
    const second = await stampsOf(stamp, ['ports/xen', 'index']);
    expect(second[0]).not.toBe(first[0]);
    expect(second[1]).toBe(first[1]);
  }, 60_000);
});
