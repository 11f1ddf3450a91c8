import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { asciiHtml, escapeHtml } from '../../../src/utils/ascii-html.ts';

const isAscii = (text: string) => /^[\0-\x7F]*$/.test(text);
/** What a browser reads of `html` as a fragment's text. */
const read = (html: string) => toString(fromHtml(html, { fragment: true }));

describe('asciiHtml', () => {
  it('writes each character outside ASCII as a reference, astral ones as one', () => {
    expect(asciiHtml('<p title="“a”">1–2 → 𝔛 é</p>')).toBe('<p title="&#x201C;a&#x201D;">1&#x2013;2 &#x2192; &#x1D51B; &#xE9;</p>');
  });

  it('leaves ASCII as it is', () => {
    const html = '<p class="x">a &amp; b</p>\n';
    expect(asciiHtml(html)).toBe(html);
  });

  it('reads back as the same text in a browser', () => {
    const html = '<p>Jörg’s “Xen” ≤ 4.18 ⚠ 😀</p>';
    expect(isAscii(asciiHtml(html))).toBe(true);
    expect(read(asciiHtml(html))).toBe(read(html));
  });
});

describe('escapeHtml', () => {
  it('escapes markup and writes the rest in ASCII', () => {
    expect(escapeHtml('a<b & "c" → d')).toBe('a&lt;b &amp; &quot;c&quot; &#x2192; d');
    expect(read(`<p title="${escapeHtml('“q”')}">${escapeHtml('<x> – é')}</p>`)).toBe('<x> – é');
  });
});
