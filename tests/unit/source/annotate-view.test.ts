import { describe, expect, it } from 'vitest';
import { annotateAll } from '../../../src/diff/annotate.ts';
import { annotateViewHtml, type AnnotateRevision } from '../../../src/source/annotate-view.ts';

const meta = (revision: string, log: string | null = null): AnnotateRevision => ({ revision, date: '2021-03-0' + revision.at(-1) + 'T10:00:00Z', author: 'tester', log });
const revisions = [meta('1.1', 'First'), meta('1.2', 'Second <b>'), meta('1.3')];
const bodies = ['Title\n=====\n\nkept line\n', 'Title\n=====\n\nkept line\nnew "quoted" <tag> & more\n', 'Title\n=====\n\n[[!missing]]\nkept line\nnew "quoted" <tag> & more\n'];
const all = annotateAll(revisions.map((r, i) => ({ ...r, body: bodies[i]!, firstLine: 10 })));

/** Each table row as [id, classes, revision link href, revision text, text cell]. */
const rows = (html: string) =>
  [...html.matchAll(/<tr id="(L\d+)" class="([^"]*)"><td class="ln"><a href="#\1" aria-label="Line \d+">\d+<\/a><\/td><td class="rev"><a href="([^"]*)">([^<]*)<\/a><\/td>(<td[^>]*>[^<]*<\/td>)<\/tr>/g)]
    .map((m) => m.slice(1));

describe('annotateViewHtml', () => {
  it('gives each line its number anchor, the revision that brought it and a link to that change', () => {
    const html = annotateViewHtml({ page: 'sandbox/p', revisions, index: 2, lines: all[2]!, missing: [{ line: 13, what: 'a lost line' }], state: 'present' });
    expect(rows(html)).toEqual([
      ['L10', 'even', '/sandbox/p/r/1.1/', '&#x2264;1.1', '<td class="t">Title</td>'],
      ['L11', 'even cont', '/sandbox/p/r/1.1/', '&#x2264;1.1', '<td class="t">=====</td>'],
      ['L12', 'even cont', '/sandbox/p/r/1.1/', '&#x2264;1.1', '<td class="t"></td>'],
      ['L13', 'even', '/sandbox/p/diff/1.2..1.3/#n13', '1.3', '<td class="t m" title="Not in our source: a lost line">[[!missing]]</td>'],
      ['L14', 'even', '/sandbox/p/r/1.1/', '&#x2264;1.1', '<td class="t">kept line</td>'],
      ['L15', 'odd', '/sandbox/p/diff/1.1..1.2/#n14', '1.2', '<td class="t">new &quot;quoted&quot; &lt;tag&gt; &amp; more</td>'],
    ]);
    expect(html.match(/<tr /g)).toHaveLength(6);
  });

  it('lists each revision once in the legend and links the newest annotate at the page’s own address', () => {
    const html = annotateViewHtml({ page: 'sandbox/p', revisions, index: 1, lines: all[1]!, missing: [], state: 'present' });
    expect([...html.matchAll(/<dt>([^<]*)<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['1.1', '2021-03-01 10:00:00 UTC, tester: First'],
      ['1.2', '2021-03-02 10:00:00 UTC, tester: Second &lt;b&gt;'],
    ]);
    expect(html).toContain('<a href="/sandbox/p/annotate/1.2/" aria-current="page">1.2</a>');
    expect(html).toContain('<a href="/sandbox/p/annotate/">1.3</a>');
    expect(html).toContain('Lines marked 1.1 date from 1.1 or earlier');
  });

  it('says a removed page was removed instead of a table', () => {
    const html = annotateViewHtml({ page: 'sandbox/p', revisions, index: 2, lines: [], missing: [], state: 'removed' });
    expect(html).toContain('The page was removed in this revision.');
    expect(html).not.toContain('<table');
  });
});
