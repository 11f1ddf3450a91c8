import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compactHtml } from '../../../src/build/compact-html.ts';

describe('compactHtml', () => {
  it('drops the quotes of values HTML reads the same without them', () => {
    expect(compactHtml('<nav class="crumbs" aria-label="Breadcrumbs"><a href="/ports/xen/">xen</a></nav>'))
      .toBe('<nav class=crumbs aria-label=Breadcrumbs><a href=/ports/xen/>xen</a></nav>');
  });

  it('keeps them around white space, quotes, =, <, >, backticks, empty values and before a slash', () => {
    const kept = [
      '<p class="note excerpt-note">', `<a title="it's">`, '<a href="?a=b">', '<i title="a<b">', '<i title="a>b">',
      '<i title="`x`">', '<b data-pagefind-body="">', '<img alt="x"/>', `<i title='a="b"'>`,
    ];
    for (const tag of kept) expect(compactHtml(tag)).toBe(tag);
  });

  it('leaves scripts, styles, comments and text alone', () => {
    const html = '<style>a[href="x"]{}</style><script>go("<a href=\\"y\\">")</script><!-- <a href="z"> --><p>class="t"</p>';
    expect(compactHtml(html)).toBe(html);
  });

  it('leaves out the end tags of list items and options before the next one or the list’s end, and of body and html', () => {
    expect(compactHtml('<ul><li><a>a</a></li><li>b</li></ul><ol><li>c</li>\n<li>d</li></ol><select><option>x</option><option>y</option></select></body></html>\n'))
      .toBe('<ul><li><a>a</a><li>b</ul><ol><li>c</li>\n<li>d</ol><select><option>x<option>y</select>');
  });

  it('changes nothing a parser reads', () => {
    const page = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main id="main" tabindex="-1">'
      + '<a class="heading-history" href="/p/sections/#a-b">history</a><pre class="shiki" tabindex="0"><code>'
      + '<a href="https://man.netbsd.org/xpci.4" aria-label="xpci(4) manual page" class="sd">xpci</a></code></pre>'
      + '<input type="search" name="q" required><ul><li>a</li><li>b</li></ul><select><option value="dark">Dark</option>'
      + '<option>Light</option></select></main></body></html>';
    expect(toHtml(fromHtml(compactHtml(page)))).toBe(toHtml(fromHtml(page)));
  });
});
