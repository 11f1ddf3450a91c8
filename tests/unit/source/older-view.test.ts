import { describe, expect, it } from 'vitest';
import { annotateAll } from '../../../src/diff/annotate.ts';
import { encodeHistory } from '../../../src/history/history-file.ts';
import { readContentDir } from '../../../src/loaders/content-dir.ts';
import type { HistoryMeta } from '../../../src/schemas/record.ts';
import type { Revision } from '../../../src/schemas/revision.ts';
import { annotateViewHtml } from '../../../src/source/annotate-view.ts';
import { olderView } from '../../../src/source/older-view.ts';
import { sourceTableHtml } from '../../../src/source/source-rows.ts';

const hosts = { wiki: 'https://wiki.netbsd.org', cvsweb: 'https://cvsweb.netbsd.org/bsdweb.cgi/wikisrc' };

/** A page's revisions as the build reads them, and its history file as the prepare step writes it. */
function pageWithHistory(dirs: string, page: string) {
  const revisions: Revision[] = readContentDir(dirs).filter((r) => r.page === page);
  const meta: HistoryMeta[] = revisions.map((r) => ({
    revision: r.revision, title: null, date: r.date, author: r.author, log: r.log, firstLine: r.firstLine, missing: r.missing, state: r.state, headings: [],
  }));
  return { revisions, file: encodeHistory(page, meta, revisions.map((r) => r.body)) };
}

describe('an older revision computed from the history file', () => {
  for (const [dirs, page] of [['tests/fixtures/e2e-content', 'sandbox/diff-demo'], ['content', 'ports/xen/howto']] as const) {
    const { revisions, file } = pageWithHistory(dirs, page);
    // What the build's annotate page renders: annotateAll over the bodies it read, through the same renderer.
    const built = annotateAll(revisions);

    revisions.forEach((rev, k) => {
      it(`${page} ${rev.revision}: annotate equals the build's`, () => {
        const expected = annotateViewHtml({ page, revisions, index: k, lines: built[k]!, missing: rev.missing, state: rev.state });
        const view = olderView({ kind: 'annotate', page, revision: rev.revision }, file, hosts);
        expect(view.html.endsWith(expected)).toBe(true);
        expect(view.title).toBe(`${page.split('/').at(-1)}: annotated (revision ${rev.revision})`);
        expect(view.html).toContain('<h1>');
        expect(view.html).toContain(`?annotate=${rev.revision}`);
      });

      it(`${page} ${rev.revision}: source equals the build's`, () => {
        const view = olderView({ kind: 'source', page, revision: rev.revision }, file, hosts);
        expect(view.html.endsWith(sourceTableHtml(rev))).toBe(true);
        expect(view.html).toContain(`href="/${page}/r/${rev.revision}.mdwn"`);
      });
    });
  }

  it('names the revisions the page has when asked for one it lacks', () => {
    const { file } = pageWithHistory('tests/fixtures/e2e-content', 'sandbox/diff-demo');
    expect(() => olderView({ kind: 'annotate', page: 'sandbox/diff-demo', revision: '1.9' }, file, hosts)).toThrow(
      'sandbox/diff-demo has no revision 1.9; its history lists 1.1, 1.2, 1.3, 1.4',
    );
  });

  it('uses the meta title of the newest revision for annotate, the revision’s own for its source', () => {
    const { file } = pageWithHistory('tests/fixtures/e2e-content', 'sandbox/diff-demo');
    file.revisions[0]!.title = 'Old title';
    file.revisions.at(-1)!.title = 'New <title>';
    const annotate = olderView({ kind: 'annotate', page: 'sandbox/diff-demo', revision: '1.1' }, file, hosts);
    expect(annotate.html).toContain('<h1>New &lt;title&gt;</h1>');
    expect(annotate.title).toBe('New <title>: annotated (revision 1.1)');
    expect(olderView({ kind: 'source', page: 'sandbox/diff-demo', revision: '1.1' }, file, hosts).title).toBe('Source of Old title, revision 1.1');
  });
});
