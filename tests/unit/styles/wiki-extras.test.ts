/** Which rendered revisions carry wiki-extras.css: those with a table, an image or one of ikiwiki's boxes, only. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsWikiExtras } from '../../../src/styles/wiki-extras.ts';
import { renderSnippet } from '../../helpers/render.ts';

describe('needsWikiExtras', () => {
  it.each([
    ['a table directive', '[[!table data="""a|b\n1|2"""]]'],
    ['a markdown image', '![logo](https://example.org/logo.png)'],
    ['an unknown directive', '[[!inline pages="blog/*"]]'],
    ['a directive error', '[[!table ]]'],
    ['the note template', '[[!template id=note text="Careful."]]'],
  ])('is true for %s', async (_what, markdown) => {
    expect(needsWikiExtras(await renderSnippet(markdown))).toBe(true);
  });

  it('is false for prose, lists, headings and code, and for the words alone', async () => {
    const html = await renderSnippet('# A table of img tags\n\nText about the notebox and wiki-error classes.\n\n    code <table>\n\n- item\n');
    expect(html).toMatch(/&(?:lt|#x3C);table>/);
    expect(needsWikiExtras(html)).toBe(false);
  });

  it('covers every class its stylesheet styles', () => {
    const css = readFileSync('src/styles/wiki-extras.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, name] of css.matchAll(/\.([a-z][\w-]*)/g)) {
      if (name === 'wiki') continue;
      expect(needsWikiExtras(`<span class="x ${name}">`), name).toBe(true);
    }
  });
});
