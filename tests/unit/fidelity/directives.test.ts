import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { blocksOf, linksOf, type Block } from '../../helpers/blocks.ts';
import { ikiwikiHasCsv, ikiwikiRender, wikiCases, wikiContext, wikiFiles } from '../../helpers/ikiwiki.ts';
import { createRenderer } from '../../../src/markdown/render.ts';
import { ikiwikiPageTitle } from '../../../src/markdown/page-title.ts';

const UPSTREAM = 'https://wiki.example.org';

/** An image's src as the file it shows: ikiwiki's is relative to the page, ours the upstream wiki's URL of the same file. */
function imagesByTarget(blocks: Block[], page: string): Block[] {
  return blocks.map((block) => {
    if (block.kind !== 'img') return block;
    const [src = '', ...alt] = block.text.split(' ');
    const url = new URL(src.replace(UPSTREAM, ''), `https://wiki.invalid/${page}/`);
    return { kind: 'img', text: [url.origin === 'https://wiki.invalid' ? url.pathname : url.href, ...alt].join(' ') };
  });
}

describe('pages in the wiki\'s style render as ikiwiki (with the wiki\'s plugins) renders them', async () => {
  // CSV tables need Text::CSV in ikiwiki (libtext-csv-perl, installed by .ci/run); without it ikiwiki prints an error.
  const cases = wikiCases().filter((c) => ikiwikiHasCsv() || !c.name.includes('csv'));
  const context = wikiContext();
  const fileBytes = wikiFiles();
  const theirs = ikiwikiRender({ ...context, ...Object.fromEntries(cases.map((c) => [c.page, c.markdown])) }, fileBytes);
  const pages = [...Object.keys(context), ...cases.map((c) => c.page)];
  const templates = new Map(Object.entries(context).filter(([id]) => id.startsWith('templates/')).map(([id, text]) => [id.slice('templates/'.length), text]));
  // The site has the text of data files (for table file=), not of images.
  const files = new Map([...fileBytes].map(([path, bytes]) => [path, /\.(csv|dsv)$/.test(path) ? bytes.toString('utf8') : null]));
  const render = createRenderer({ pages, upstream: UPSTREAM, templates, files });

  for (const c of cases) {
    const ours = await render({ page: c.page, revision: '1', firstLine: 1, missing: [], markdown: c.markdown });
    const expected = theirs[c.page]!;
    const article = `<article>${ours.html}</article>`;

    describe(c.name, () => {
      it('has the same title', () => {
        const title = toString(select('title', fromHtml(expected))!);
        expect(ours.title ?? ikiwikiPageTitle(c.page)).toBe(title);
      });

      it('answers to ikiwiki\'s section names where ikiwiki makes them (pages with a toc)', () => {
        const names = [...expected.matchAll(/<a name="(index\d+h\d)">/g)].map((m) => m[1]);
        for (const name of names) expect(article).toContain(`<span id="${name}" class="heading-alias">`);
        expect(ours.toc !== null).toBe(names.length > 0);
      });

      it('has the same headings, paragraphs, list items, table cells, code blocks, quotes and images', () => {
        const want = imagesByTarget(blocksOf(expected, '#content'), c.page);
        expect(want.length).toBeGreaterThan(2);
        expect(imagesByTarget(blocksOf(article, 'article'), c.page)).toEqual(want);
      });

      it('has the same links, to the same pages and sections, with the same text', () => {
        // Our toc links a section by its id; ikiwiki's by its index name, which the section also answers to here.
        const anchors = new Map(ours.headings.map((h) => [`${c.page}#${h.slug}`, `${c.page}#${h.ikiwikiAnchor}`]));
        const links = linksOf(article, 'article', c.page, UPSTREAM).map((l) => ({ ...l, target: anchors.get(l.target) ?? l.target }));
        expect(links).toEqual(linksOf(expected, '#content', c.page, UPSTREAM));
      });
    });
  }
});
