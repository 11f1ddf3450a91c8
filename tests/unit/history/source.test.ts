import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticRcs } from '../../../bench/synthetic-history.ts';
import { DEFAULT_PAGES, historyConfigFromEnv, loadHistory } from '../../../src/history/source.ts';
import type { HistoryProgress } from '../../../src/history/source.ts';
import { cvsCommit, cvsSandbox } from './cvs-tools.ts';
import { isoSeconds, run, seedBody, stepDate, tempDir } from './tools.ts';

describe('historyConfigFromEnv', () => {
  it('is null without WIKI_SOURCE: the site builds from content/', () => {
    expect(historyConfigFromEnv({})).toBeNull();
    expect(historyConfigFromEnv({ WIKI_SOURCE: '  ' })).toBeNull();
  });

  it('reads cvs: and git: sources, with the Xen HowTo as the default page', () => {
    expect(historyConfigFromEnv({ WIKI_SOURCE: 'cvs:/srv/cvsroot/wikisrc' })).toEqual({ kind: 'cvs', root: '/srv/cvsroot/wikisrc', pages: null });
    expect(historyConfigFromEnv({ WIKI_SOURCE: 'git:wiki', WIKI_PAGES: 'ports/xen/howto, ports/xen/howto-solaris.mdwn  /ports/amd64/' })).toEqual({
      kind: 'git', repo: resolve('wiki'), pages: ['ports/xen/howto', 'ports/xen/howto-solaris', 'ports/amd64'],
    });
  });

  it('says what it expected', () => {
    expect(() => historyConfigFromEnv({ WIKI_SOURCE: 'svn:/x' })).toThrow(/WIKI_SOURCE="svn:\/x": expected cvs:<path .*> or git:<path .*>/);
    expect(() => historyConfigFromEnv({ WIKI_SOURCE: 'cvs:' })).toThrow(/expected cvs:/);
    expect(() => historyConfigFromEnv({ WIKI_SOURCE: 'cvs:/x', WIKI_PAGES: 'a/../../b' })).toThrow(/WIKI_PAGES: invalid wiki page "a\/..\/..\/b"/);
    expect(() => historyConfigFromEnv({ WIKI_SOURCE: 'cvs:/x', WIKI_PAGES: ' , ' })).toThrow(/WIKI_PAGES=",": expected page ids/);
  });
});

describe('loadHistory', () => {
  it('reads CVS pages grouped by page, oldest first, with throttled progress', async () => {
    const box = cvsSandbox();
    cvsCommit(box, 'ports/xen/howto.mdwn', seedBody('1.51'), 'seed', true);
    cvsCommit(box, 'ports/xen/howto.mdwn', seedBody('1.52'), 'seed 2', false);
    writeSyntheticRcs(join(box.module, 'big.mdwn,v'), 120);
    const seen: HistoryProgress[] = [];
    const result = await loadHistory({ kind: 'cvs', root: box.module, pages: ['big', 'ports/xen/howto', 'big.mdwn'] }, (p) => seen.push(p));
    expect(result.warnings).toEqual([]);
    const order = result.revisions.map((r) => `${r.page}@${r.revision}`);
    expect(order.slice(0, 2)).toEqual(['big@1.1', 'big@1.2']);
    expect(order.slice(118)).toEqual(['big@1.119', 'big@1.120', 'ports/xen/howto@1.1', 'ports/xen/howto@1.2']);
    expect(result.revisions[121]!.body).toBe(seedBody('1.52'));
    expect(seen.map((p) => `${p.pageIndex}/${p.pageCount} ${p.page} ${p.done}/${p.total}`)).toEqual([
      '1/2 big 50/120', '1/2 big 100/120', '1/2 big 120/120', '2/2 ports/xen/howto 2/2',
    ]);
  });

  it('stops on a revision over the size limit, naming it', async () => {
    const box = cvsSandbox();
    cvsCommit(box, 'huge.mdwn', 'x'.repeat(79).concat('\n').repeat(14_000), 'huge', true);
    await expect(loadHistory({ kind: 'cvs', root: box.module, pages: ['huge'] })).rejects.toThrow(
      /^huge\.mdwn,v@1\.1: body: 1\.1 MiB is over the limit of 1 MiB per revision$/,
    );
  });

  it('reads git pages', async () => {
    const dir = tempDir('source-git');
    const git = (args: string[], env: NodeJS.ProcessEnv = {}) => run('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], dir, env);
    git(['init', '-q']);
    for (const [i, rev] of (['1.51', '1.52'] as const).entries()) {
      mkdirSync(join(dir, 'ports/xen'), { recursive: true });
      writeFileSync(join(dir, 'ports/xen/howto.mdwn'), seedBody(rev));
      git(['add', '.']);
      const at = `@${stepDate(i).getTime() / 1000} +0000`;
      git(['commit', '-q', '-m', `seed ${rev}`], { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
    }
    const result = await loadHistory({ kind: 'git', repo: dir, pages: ['ports/xen/howto'] });
    expect(result.revisions.map((r) => [r.log, r.body, r.date])).toEqual([
      ['seed 1.51', seedBody('1.51'), '1999-01-12T14:05:31Z'],
      ['seed 1.52', seedBody('1.52'), isoSeconds(stepDate(1))],
    ]);
  });
});
