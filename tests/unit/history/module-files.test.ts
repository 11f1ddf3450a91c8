/** The wiki's non-page files from a real CVS module and git repository, and the renderer reading them in a prepared build. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listCvsFiles, listGitFiles } from '../../../src/history/module-files.ts';
import { historyPages, readHistoryPage } from '../../../src/history/source.ts';
import { ContentCache } from '../../../src/prepare/cache.ts';
import { prepareSite } from '../../../src/prepare/prepare-site.ts';
import { cvsCommit, cvsSandbox } from './cvs-tools.ts';
import { run, tempDir } from './tools.ts';

const PAGE = '[[!table file="ports/xen/data.csv" format=csv header=row]]\n\n[[logo.png]]\n\nAfter the table.\n';

describe('the wiki files of a CVS module', () => {
  // Made here rather than in beforeAll, so that its folder goes after these tests (tests/helpers/temp-dir.ts).
  const box = cvsSandbox();
  beforeAll(() => {
    cvsCommit(box, 'ports/xen.mdwn', PAGE, 'page', true);
    cvsCommit(box, 'ports/xen/data.csv', 'Name,Size\nold,1\n', 'data', true);
    cvsCommit(box, 'ports/xen/data.csv', 'Name,Size\ndom0,512\n', 'newer data', false);
    cvsCommit(box, 'ports/xen/logo.png', 'not really a png', 'logo', true);
    cvsCommit(box, 'ports/gone.csv', 'a,b\n', 'soon removed', true);
    box.cvs(['rm', '-f', 'ports/gone.csv']);
    box.cvs(['commit', '-m', 'removed', 'ports/gone.csv']);
  }, 60_000);

  it('lists every file that is not a page, with the newest text of data files, removed files left out', async () => {
    const files = await listCvsFiles(box.module);
    expect(Object.fromEntries(files!)).toEqual({ 'ports/xen/data.csv': 'Name,Size\ndom0,512\n', 'ports/xen/logo.png': null });
  });

  it('a single ,v file says nothing of the module: unknown, not empty', async () => {
    expect(await listCvsFiles(join(box.module, 'ports/xen.mdwn,v'))).toBeUndefined();
  });

  it('a prepared build gives them to the renderer: table file= reads the newest data, an image link shows the image', async () => {
    const config = { kind: 'cvs' as const, root: box.module, pages: null };
    const cacheDir = tempDir('files-cache');
    const { records } = await prepareSite(
      {
        pages: await historyPages(config),
        files: (await listCvsFiles(box.module))!,
        readPage: async (page) => (await readHistoryPage(config, page)).revisions,
      },
      { cacheDir, upstream: 'https://wiki.netbsd.org', threads: 0 },
    );
    const record = records.find((r) => r.page === 'ports/xen')!;
    const html = new ContentCache(cacheDir).read('html', record.htmlKey!);
    expect(html).toContain('<td>dom0</td>');
    expect(html).not.toContain('cannot find file');
    expect(html).toMatch(/<img [^>]*src="https:\/\/wiki\.netbsd\.org\/ports\/xen\/logo\.png"/);
    expect(html).toContain('After the table.');
  }, 60_000);
});

describe('the wiki files of a git repository', () => {
  it("lists HEAD's files that are not pages, with the text of data files", async () => {
    const repo = tempDir('git-files');
    run('git', ['init', '-q'], repo);
    mkdirSync(join(repo, 'ports'));
    writeFileSync(join(repo, 'ports/page.mdwn'), 'text\n');
    writeFileSync(join(repo, 'ports/table.dsv'), 'a|b\n');
    writeFileSync(join(repo, 'ports/pic.jpg'), 'jpeg');
    run('git', ['add', '.'], repo);
    run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'one'], repo);
    expect(Object.fromEntries(await listGitFiles(repo))).toEqual({ 'ports/table.dsv': 'a|b\n', 'ports/pic.jpg': null });
  });
});
