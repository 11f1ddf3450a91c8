/** A revision's blocks, parsed in pieces and again only in the pieces that differ from the revision before, are the blocks of a parse of the whole. */
import fc from 'fast-check';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { syntheticRevisions } from '../../../bench/synthetic-history.ts';
import { parseBlocks, reparseBlocks, type ParsedBlocks } from '../../../src/diff/rendered-blocks.ts';
import { renderedDiff, renderedDiffs } from '../../../src/diff/rendered.ts';
import { createRenderer } from '../../../src/markdown/render.ts';
import { pageSeries, randomEdit, randomPage, randomPagesSite as site } from '../../helpers/random-pages.ts';


/** What a parse says of each block, without the parse's own bookkeeping (positions, the lazily kept markup). */
const shape = (parsed: ParsedBlocks) => parsed.blocks.map(({ element, key, source }) => ({ html: JSON.stringify(element, (k, v) => (k === 'position' ? undefined : v)), key, source }));

/** The reparse of each revision after the one before, and each revision parsed whole. */
function both(htmls: readonly string[]) {
  const whole = htmls.map(parseBlocks);
  const again: ParsedBlocks[] = [];
  for (const html of htmls) again.push(reparseBlocks(again.at(-1) ?? null, html));
  return { whole, again };
}

async function rendered(texts: readonly string[]): Promise<string[]> {
  const render = createRenderer(site);
  const out: string[] = [];
  for (const [i, markdown] of texts.entries()) out.push((await render({ page: 'ports/xen/howto', revision: `1.${i + 1}`, firstLine: 1, missing: [], markdown })).html);
  return out;
}

describe('reparseBlocks', () => {
  it('takes the blocks of the sections an edit left alone from the revision before, and parses the rest', () => {
    const section = (id: string, ...words: string[]) => `<h2 id="${id}">${id}</h2>\n${words.map((w) => `<p>${w}</p>\n`).join('')}`;
    const before = reparseBlocks(null, `<p>intro</p>\n${section('a', 'one', 'two')}${section('b', 'three')}<hr>\n${section('c', 'four')}`);
    // Two edits apart, in the first and the last section: the one between is taken whole.
    const edited = `<p>intro</p>\n${section('a', 'one', 'two, changed')}${section('b', 'three')}<hr>\n${section('c', 'four', 'new')}`;
    const after = reparseBlocks(before, edited);
    expect(before.pieces && after.pieces).not.toBeNull();
    expect(after.blocks.map((b) => b.key)).toEqual(['intro', 'a', 'one', 'two, changed', 'b', 'three', '', 'c', 'four', 'new']);
    // The same objects: not parsed again.
    expect(after.blocks[0]).toBe(before.blocks[0]);
    expect(after.blocks.slice(4, 7)).toEqual(before.blocks.slice(4, 7));
    after.blocks.slice(4, 7).forEach((block, k) => expect(block).toBe(before.blocks[4 + k]));
    expect(after.blocks[1]).not.toBe(before.blocks[1]);
    expect(after.blocks[7]).not.toBe(before.blocks[6]);
    expect(shape(after)).toEqual(shape(parseBlocks(edited)));
  });

  it('runs a piece on over the next sections while the parser is not at rest at its end, and parses the whole when it never is', () => {
    // A heading inside a list item and inside a quote: not a place to cut.
    const nested = '<p>intro</p>\n<ul>\n<li>\n<h3>in a list</h3>\n<p>one</p>\n</li>\n</ul>\n<blockquote>\n<h4>quoted</h4>\n</blockquote>\n<h2>after</h2>\n<p>two</p>';
    const parsed = reparseBlocks(null, nested);
    expect(parsed.pieces).not.toBeNull();
    expect(shape(parsed)).toEqual(shape(parseBlocks(nested)));
    expect(parsed.blocks.map((b) => b.element.tagName)).toEqual(['p', 'ul', 'blockquote', 'h2', 'p']);
    // An open element, a formatting element the parser would reopen, an unfinished comment: never at rest.
    for (const edit of ['<div>open', '<p><b>bold</p>', '<!-- open']) {
      const before = reparseBlocks(null, '<p>one</p>\n<h2>two</h2>\n<p>three</p>');
      const html = `<p>one</p>\n${edit}\n<h2>two</h2>\n<p>three</p>`;
      const after = reparseBlocks(before, html);
      expect(after.pieces, edit).toBeNull();
      expect(shape(after), edit).toEqual(shape(parseBlocks(html)));
      expect(after.blocks[0], edit).not.toBe(before.blocks[0]);
    }
  });

  it('parses a formatting element left open before a section with the section', () => {
    // The parser reopens <b> in the paragraph after; that paragraph, changed, must not be parsed alone.
    const [a, b] = ['<p><b>x</p>\n<h2>s</h2>\n<p>y</b></p>', '<p><b>x</p>\n<h2>s</h2>\n<p>z</b></p>'];
    const again = reparseBlocks(reparseBlocks(null, a), b);
    expect(shape(again)).toEqual(shape(parseBlocks(b)));
    expect(toHtml(again.blocks.at(-1)!.element)).toBe('<p><b>z</b></p>');
  });

  it('gives the blocks of the whole parse through 40 revisions of a synthetic page, reusing most of them', async () => {
    const { whole, again } = both(await rendered(syntheticRevisions(40, 3, 400)));
    again.forEach((parsed, i) => expect(shape(parsed), `revision ${i + 1}`).toEqual(shape(whole[i]!)));
    const kept = again.slice(1).reduce((n, parsed, i) => n + parsed.blocks.filter((b) => again[i]!.blocks.includes(b)).length, 0);
    const total = again.slice(1).reduce((n, parsed) => n + parsed.blocks.length, 0);
    expect(kept / total).toBeGreaterThan(0.5);
  }, 60_000);

  it('gives the blocks of the whole parse for random pages through random edits, and the same views', async () => {
    await fc.assert(
      fc.asyncProperty(randomPage, fc.array(randomEdit, { minLength: 1, maxLength: 6 }), async (blocks, edits) => {
        const htmls = await rendered(pageSeries(blocks, edits));
        const { whole, again } = both(htmls);
        again.forEach((parsed, i) => expect(shape(parsed)).toEqual(shape(whole[i]!)));
        renderedDiffs(htmls).forEach((view, i) => expect(view).toEqual(renderedDiff(htmls[i]!, htmls[i + 1]!)));
      }),
      { numRuns: Number(process.env.CHUNK_RUNS ?? 200) },
    );
  }, 120_000);

  it('gives the blocks of the whole parse for HTML with stray and misnested tags', () => {
    const pieces = fc.constantFrom('<p>a</p>', '<p>b <b>c</b></p>', '<div><p>d</p></div>', '</p>', '</b>', '<b>', '<p><div>e</div></p>', '<a href="#x">f<a href="#y">g</a></a>', '<table><tr><td>h</td></tr></table>', '<pre>\ni\n</pre>', '<hr>', '<br>', 'text', '\n', '<!-- c -->', '<ul><li>j<li>k</ul>', '\n<h2>l</h2>', '\n<h3 id="m">m</h3>\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(), pieces), { minLength: 1, maxLength: 4 }), (start, edits) => {
        const htmls = [start.join('')];
        let parts = start;
        for (const [at, piece] of edits) {
          parts = [...parts.slice(0, at % (parts.length + 1)), piece, ...parts.slice(at % (parts.length + 1))];
          htmls.push(parts.join(''));
        }
        const { whole, again } = both(htmls);
        again.forEach((parsed, i) => expect(shape(parsed), htmls[i]).toEqual(shape(whole[i]!)));
      }),
      { numRuns: 2000 },
    );
  });
});
