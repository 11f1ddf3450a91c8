/** The rendered article and the rendered view are ASCII whatever the wiki text holds, and read as the same text. */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderRenderedView } from '../../../src/diff/render-rendered.ts';
import { renderedDiff } from '../../../src/diff/rendered.ts';
import { renderMarkdown } from '../../helpers/render.ts';

const isAscii = (text: string) => /^[\0-\x7F]*$/.test(text);
const text = (html: string) => toString(fromHtml(html, { fragment: true })).replace(/\s+/g, ' ').trim();

const OLD = '# Jörg’s “Xen” notes\n\nDom0 ≤ 4.18 — see café.\n\n    echo ★ > /dev/null\n';
const NEW = '# Jörg’s “Xen” notes\n\nDom0 ≤ 4.19 — see café crème.\n\n    echo ★ > /dev/null\n';

describe('ASCII output', () => {
  it('writes a revision with text outside ASCII in ASCII, the same text to a reader', async () => {
    const { html } = await renderMarkdown(OLD);
    expect(isAscii(html)).toBe(true);
    for (const words of ['Jörg’s “Xen” notes', 'Dom0 ≤ 4.18 — see café.', 'echo ★ > /dev/null']) expect(text(html)).toContain(words);
  });

  it('writes the rendered view of two such revisions in ASCII, the changed words marked', async () => {
    const [a, b] = [(await renderMarkdown(OLD)).html, (await renderMarkdown(NEW)).html];
    const view = renderRenderedView(renderedDiff(a, b));
    expect(isAscii(view)).toBe(true);
    expect(text(view)).toContain('crème');
    expect(view).toMatch(/<ins>[^<]*cr&#xE8;me/);
  });
});
