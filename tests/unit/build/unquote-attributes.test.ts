import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { unquoteAttributes } from '../../../src/build/unquote-attributes.ts';

describe('unquoteAttributes', () => {
  it('drops the quotes of values HTML reads the same without them', () => {
    expect(unquoteAttributes('<nav class="crumbs" aria-label="Breadcrumbs"><a href="/ports/xen/">xen</a></nav>'))
      .toBe('<nav class=crumbs aria-label=Breadcrumbs><a href=/ports/xen/>xen</a></nav>');
  });

  it('keeps them around white space, quotes, =, <, >, backticks, empty values and before a slash', () => {
    const kept = [
      '<p class="note excerpt-note">', `<a title="it's">`, '<a href="?a=b">', '<i title="a<b">', '<i title="a>b">',
      '<i title="`x`">', '<b data-pagefind-body="">', '<img alt="x"/>',
    ];
    for (const tag of kept) expect(unquoteAttributes(tag)).toBe(tag);
  });

  it('leaves scripts, styles, comments and text alone', () => {
    const html = '<style>a[href="x"]{}</style><script>go("<a href=\\"y\\">")</script><!-- <a href="z"> --><p>class="t"</p>';
    expect(unquoteAttributes(html)).toBe(html);
  });

  it('changes nothing a parser reads', () => {
    const page = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main id="main" tabindex="-1">'
      + '<a class="heading-history" href="/p/sections/#a-b">history</a><pre class="shiki" tabindex="0"><code>'
      + '<a href="https://man.netbsd.org/xpci.4" aria-label="xpci(4) manual page" class="sd">xpci</a></code></pre>'
      + '<input type="search" name="q" required><option value="dark">Dark</option></main></body></html>';
    expect(toHtml(fromHtml(unquoteAttributes(page)))).toBe(toHtml(fromHtml(page)));
  });
});
