/**
 * Parsing a page in chunks and reusing their trees across revisions gives the same HTML and findings as parsing each
 * revision whole: on every fixture page, on synthetic revision series, and on random pages with random edits.
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import fc from 'fast-check';
import { pageSeries, randomEdit, randomPage, randomPagesSite as site } from '../../helpers/random-pages.ts';
import { describe, expect, it } from 'vitest';
import { syntheticRevisions } from '../../../bench/synthetic-history.ts';
import { splitChunks } from '../../../src/markdown/chunks.ts';
import { createRenderer, type RenderInput } from '../../../src/markdown/render.ts';


const input = (markdown: string, revision = '1.1'): RenderInput => ({ page: 'ports/xen/howto', revision, firstLine: 1, missing: [], markdown });

/** Renders the revisions in order with one reusing renderer and with the whole-page reference; both lists. */
async function both(texts: readonly string[], keep?: number) {
  const chunked = createRenderer(site, { keep });
  const whole = createRenderer(site, { reuse: false });
  const a = [];
  const b = [];
  for (const [i, text] of texts.entries()) {
    a.push(await chunked(input(text, `1.${i + 1}`)));
    b.push(await whole(input(text, `1.${i + 1}`)));
  }
  return { chunked: a, whole: b };
}

describe('splitChunks', () => {
  it('cuts before top-level headings that follow a blank line, never inside a fence', () => {
    const text = 'intro\n\n# One\n\ntext\n\n```\n\n# not a heading\n```\n\nTwo\n---\n\nbody\n# no blank before';
    const chunks = splitChunks(text);
    expect(chunks.map((c) => c.line)).toEqual([0, 2, 11]);
    expect(chunks.map((c) => c.text).join('\n')).toBe(text);
  });

  it('keeps everything after an HTML block that waits for its end marker in one chunk', () => {
    expect(splitChunks('a\n\n# b\n\n<pre>\n\n# c\n\n</pre>\n\n# d').map((c) => c.line)).toEqual([0, 2]);
  });
});

describe('chunked rendering', () => {
  it('renders every fixture page as the whole-page parse does', async () => {
    const files = globSync(['tests/fixtures/**/*.{mdwn,md}', 'content/**/*.mdwn']);
    expect(files.length).toBeGreaterThan(40);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const { chunked, whole } = await both(texts);
    chunked.forEach((out, i) => expect(out, files[i]).toEqual(whole[i]));
  });

  it('renders a synthetic page through 40 revisions of edits as the whole-page parse does', async () => {
    const { chunked, whole } = await both(syntheticRevisions(40, 3, 400), 20_000);
    expect(chunked).toEqual(whole);
  });

  it('renders pages whose first chunk is only raw HTML, an open element, a fence or a definition as the whole-page parse does', async () => {
    const texts = ['</div>\n\n# Title\n\n', '[[!template id=open]]\n\n# Title\n\ntext', '```\n\n# Title\n\n```', '[x]: /y\n\n# T\n\n[x]', '[[!meta title="M"]]\n\n# T',
      // Raw HTML in one chunk makes the whole page's tree go through the HTML parser, which drops a lone line in code.
      '[[!template id=missing]]\n\n# T\n```\n\n\n',
      // The HTML parser opens an inline element again after the block end tag that closed it.
      '<div>\nopen\n\ninline <i>open\n\n</div>\n\n# Title\n\n'];
    const { chunked, whole } = await both(texts);
    expect(chunked).toEqual(whole);
  });

  it('reparses a chunk whose directive reads the same but is written differently (code shows it as written)', async () => {
    const texts = ['```\n[[!toc\n\n# A\n\n[[!meta title="x"]]\n\n', '```\n[[!toc\n\n</div>\n\n[[!meta title="x"]]\n\n'];
    const { chunked, whole } = await both(texts);
    expect(chunked).toEqual(whole);
  });

  it('writes a chunk kept from one page anew on another, where its links resolve differently', async () => {
    const chunked = createRenderer(site);
    const whole = createRenderer(site, { reuse: false });
    const text = 'See [the parent](../) and [a sibling](sibling/).\n\n# Links\n\ntext';
    for (const page of ['ports/xen/howto', 'Kernel_Configuration', 'ports/xen/howto']) {
      const one = { ...input(text), page };
      expect(await chunked(one), page).toEqual(await whole(one));
    }
  });

  it('renders random pages through random edits as the whole-page parse does', async () => {
    await fc.assert(
      fc.asyncProperty(randomPage, fc.array(randomEdit, { maxLength: 6 }), async (blocks, edits) => {
        const { chunked, whole } = await both(pageSeries(blocks, edits), 5_000);
        expect(chunked).toEqual(whole);
      }),
      { numRuns: Number(process.env.CHUNK_RUNS ?? 300) },
    );
  });
});
