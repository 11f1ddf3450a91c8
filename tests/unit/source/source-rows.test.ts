import { describe, expect, it } from 'vitest';
import { sourceTableHtml } from '../../../src/source/source-rows.ts';

describe('sourceTableHtml', () => {
  it('numbers lines from the page line the body starts at, escapes text and marks missing lines', () => {
    const html = sourceTableHtml({ body: 'a <b> & "c"\n[[!missing]]\n\n', firstLine: 749, missing: [{ line: 750, what: 'a <lost> line' }] });
    expect([...html.matchAll(/<tr id="L(\d+)"><td class="ln"><a href="#L\1" aria-label="Line \1">\1<\/a><\/td>(<td[^>]*>[^<]*<\/td>)<\/tr>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['749', '<td>a &lt;b&gt; &amp; &quot;c&quot;</td>'],
      ['750', '<td class="missing">[text missing: a &lt;lost&gt; line]</td>'],
      ['751', '<td></td>'],
    ]);
  });

  it('keeps a last line that has no newline', () => {
    expect(sourceTableHtml({ body: 'x\ny', firstLine: 1, missing: [] }).match(/<tr /g)).toHaveLength(2);
  });
});
