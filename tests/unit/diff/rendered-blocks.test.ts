/** A revision's blocks, parsed again only where it differs from the revision before, are the blocks of a parse of the whole. */
import fc from 'fast-check';
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
  const again = [whole[0]!];
  for (const html of htmls.slice(1)) again.push(reparseBlocks(again.at(-1)!, html));
  return { whole, again };
}

async function rendered(texts: readonly string[]): Promise<string[]> {
  const render = createRenderer(site);
  const out: string[] = [];
  for (const [i, markdown] of texts.entries()) out.push((await render({ page: 'ports/xen/howto', revision: `1.${i + 1}`, firstLine: 1, missing: [], markdown })).html);
  return out;
}

describe('reparseBlocks', () => {
  it('takes the blocks before and after an edit from the revision before, and parses the rest', () => {
    const before = parseBlocks('<h2 id="a">A</h2>\n<p>one</p>\n<p>two</p>\n<p>three</p>\n<hr>\n<p>four</p>');
    const after = reparseBlocks(before, '<h2 id="a">A</h2>\n<p>one</p>\n<p>two, changed</p>\n<p>new</p>\n<p>three</p>\n<hr>\n<p>four</p>');
    expect(before.settled && after.settled).toBe(true);
    expect(after.blocks.map((b) => b.key)).toEqual(['A', 'one', 'two, changed', 'new', 'three', '', 'four']);
    // The same objects: not parsed again.
    expect(after.blocks[1]).toBe(before.blocks[1]);
    expect(after.blocks[4]).toBe(before.blocks[3]);
    expect(after.blocks[6]).toBe(before.blocks[5]);
    expect(after.blocks[2]).not.toBe(before.blocks[2]);
    expect(shape(after)).toEqual(shape(parseBlocks(after.html)));
  });

  it('parses the whole again when the parser is not at rest after the edit or at the end', () => {
    // An open element, a formatting element the parser would reopen, an unfinished comment.
    for (const edit of ['<div>open', '<p><b>bold</p>', '<!-- open']) {
      const before = parseBlocks('<p>one</p>\n<p>two</p>\n<p>three</p>');
      const after = reparseBlocks(before, `<p>one</p>\n${edit}\n<p>two</p>\n<p>three</p>`);
      expect(after.settled, edit).toBe(false);
      expect(shape(after), edit).toEqual(shape(parseBlocks(after.html)));
      expect(after.blocks[0], edit).not.toBe(before.blocks[0]);
    }
    expect(parseBlocks('<p>one</p><b>open').settled).toBe(false);
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
    const pieces = fc.constantFrom('<p>a</p>', '<p>b <b>c</b></p>', '<div><p>d</p></div>', '</p>', '</b>', '<b>', '<p><div>e</div></p>', '<a href="#x">f<a href="#y">g</a></a>', '<table><tr><td>h</td></tr></table>', '<pre>\ni\n</pre>', '<hr>', '<br>', 'text', '\n', '<!-- c -->', '<ul><li>j<li>k</ul>');
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
