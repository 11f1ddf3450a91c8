/** The rendered view of each adjacent pair is computed once, in the prepare step (on worker threads), and kept in the content cache. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticRevisions } from '../../../bench/synthetic-history.ts';
import { renderedDiff, renderedDiffs, type RenderedBlock } from '../../../src/diff/rendered.ts';
import { createRenderer, type RenderOutput } from '../../../src/markdown/render.ts';
import { batches } from '../../../src/utils/batches.ts';
import { readContentDir } from '../../../src/loaders/content-dir.ts';
import { insertHeadingAliases } from '../../../src/markdown/heading-alias-html.ts';
import { ContentCache } from '../../../src/prepare/cache.ts';
import { createRenderPool } from '../../../src/prepare/render-pool.ts';
import { prepareSite } from '../../../src/prepare/prepare-site.ts';
import { headingAliases } from '../../../src/utils/heading-aliases.ts';
import type { RevisionOutline } from '../../../src/schemas/record.ts';
import type { Revision } from '../../../src/schemas/revision.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const seed = readContentDir('content');
const site = { pages: ['ports/xen/howto'], upstream: 'https://wiki.netbsd.org', templates: new Map<string, string>() };
const source = { pages: site.pages, readPage: async () => seed };

describe("the prepare step's rendered views", () => {
  it('keeps for 1.51 → 1.52 what the rendered view computes from both pages as shown', async () => {
    const cacheDir = tempDir('rendered-views-');
    const { records } = await prepareSite(source, { cacheDir, upstream: site.upstream, threads: 0 });
    const [older, newer] = records;
    expect(older!.renderedKey, 'the first revision has no pair').toBeNull();
    const cache = new ContentCache(cacheDir);
    const shown = (r: typeof older) => insertHeadingAliases(cache.read('html', r!.htmlKey!), cache.readJson<RevisionOutline>('outline', r!.outlineKey).aliases);
    const kept = cache.readJson('rendered', newer!.renderedKey!);
    expect(kept).toEqual(renderedDiff(shown(older), shown(newer)));
    expect(JSON.stringify(kept)).toContain('pvgrub');
  }, 120_000);

  it('keeps for every pair, computed by the batch that rendered both or left over for after, what the view computes from both pages', async () => {
    const cacheDir = tempDir('rendered-views-');
    // 40 revisions go in two batches: pair 20 has one revision in each, and is computed after them from their files.
    const revisions: Revision[] = syntheticRevisions(40, 6, 120).map((body, i) => ({
      page: 'ports/xen/howto', revision: `1.${i + 1}`, date: `2020-01-01T00:${String(i).padStart(2, '0')}:00Z`, author: 'a', log: 'l', firstLine: 1, missing: [], state: 'present', origin: `test@1.${i + 1}`, body,
    }));
    const { records } = await prepareSite({ pages: site.pages, readPage: async () => revisions }, { cacheDir, upstream: site.upstream, threads: 0 });
    const cache = new ContentCache(cacheDir);
    for (let i = 1; i < records.length; i++) {
      const [older, newer] = [records[i - 1]!, records[i]!];
      expect(cache.readJson('rendered', newer.renderedKey!), `pair ${i}`).toEqual(renderedDiff(cache.read('html', older.htmlKey!), cache.read('html', newer.htmlKey!)));
    }
  }, 120_000);

  it('a worker thread keeps what this thread keeps, reading the HTML files it is given', async () => {
    const dir = tempDir('rendered-views-');
    const cache = new ContentCache(join(dir, 'cache'));
    const pool = createRenderPool(site, cache, 1);
    const [a, b] = ['<h1>Xen</h1>\n<p>First words.</p>', '<h1>Xen</h1>\n<p>First words, and “more”.</p>\n<p>A new one.</p>'];
    writeFileSync(join(dir, 'a.html'), a);
    writeFileSync(join(dir, 'b.html'), b);
    try {
      // The first jobs run in this thread; the later ones go to the worker. No file: a removed revision, no HTML.
      await Promise.all(Array.from({ length: 30 }, (_, k) => pool.renderedDiffs([join(dir, 'a.html'), join(dir, 'b.html')], [`view${k}`])));
      const all = Array.from({ length: 30 }, (_, k) => cache.readJson<RenderedBlock[]>('rendered', `view${k}`));
      for (const blocks of all) expect(blocks).toEqual(renderedDiff(a, b));
      expect(all[29]!.some((block) => block.kind === 'added')).toBe(true);
      await pool.renderedDiffs([join(dir, 'a.html'), null], ['removed']);
      expect(cache.readJson('rendered', 'removed')).toEqual(renderedDiff(a, ''));
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('gives for a series of revisions, each parsed once, the views of each pair parsed apart', async () => {
    const render = createRenderer(site);
    const htmls: string[] = [];
    for (const [i, markdown] of syntheticRevisions(12, 9, 300).entries()) htmls.push((await render({ page: 'ports/xen/howto', revision: `1.${i + 1}`, firstLine: 1, missing: [], markdown })).html);
    const views = renderedDiffs(htmls);
    expect(views).toHaveLength(11);
    views.forEach((view, k) => expect(view).toEqual(renderedDiff(htmls[k]!, htmls[k + 1]!)));
    expect(views.flat().some((b) => b.kind === 'changed')).toBe(true);
  }, 120_000);

  it('renders a batch on a worker as this thread renders each revision, the HTML and the views kept by the thread that rendered them', async () => {
    const cache = new ContentCache(tempDir('rendered-views-'));
    const pool = createRenderPool(site, cache, 1);
    const inputs = syntheticRevisions(30, 4, 200).map((markdown, i) => ({ page: 'ports/xen/howto', revision: `1.${i + 1}`, firstLine: 1, missing: [], markdown }));
    const keys = inputs.map((input) => `r${input.revision}`);
    // The view of each pair a batch holds both sides of, but one that no view is asked of (the first revision of each
    // batch has no pair in it).
    const views = keys.map((_, k) => (k === 0 || k === 24 || k === 10 ? null : `v${k}`));
    const whole = createRenderer(site, { reuse: false });
    try {
      // The first batch (24 revisions) runs in this thread, the next on the worker.
      const findings = [...(await pool.render(inputs.slice(0, 24), keys.slice(0, 24), views.slice(0, 24))), ...(await pool.render(inputs.slice(24), keys.slice(24), views.slice(24)))];
      const htmls: string[] = [];
      for (const [k, found] of findings.entries()) {
        const { html, ...expected } = await whole(inputs[k]!);
        htmls.push(html);
        expect(found).toEqual(expected);
        expect(cache.readJson('findings', keys[k]!)).toEqual(expected);
        expect(cache.read('html', keys[k]!)).toBe(html);
      }
      for (const [k, key] of views.entries()) if (key !== null) expect(cache.readJson('rendered', key), `pair ${k}`).toEqual(renderedDiff(htmls[k - 1]!, htmls[k]!));
      expect(views.filter((key) => key !== null && cache.has('rendered', key))).toHaveLength(27);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('compares the HTML as rendered: the ids a section had in other revisions change nothing in a view', async () => {
    const render = createRenderer(site);
    const body = (n: number) => Array.from({ length: 6 }, (_, k) => `Line ${k} of the section, words ${n}.`).join('\n');
    // Sections renamed from one revision to the next keep their old ids as aliases in the page.
    const revisions = [
      `# Intro\n\n${body(1)}\n\n## Setup\n\n${body(2)}\n\n## Boot\n\n${body(3)}\n`,
      `# Introduction\n\n${body(1)} More.\n\n## Setup\n\n${body(2)}\n\n## Booting\n\n${body(3)}\n`,
      `# Introduction\n\n${body(1)} More.\n\n## Set up\n\n${body(2)}\n\n## Booting Xen\n\n${body(3)} Xen.\n`,
      ...syntheticRevisions(20, 5, 200),
    ];
    const outputs: RenderOutput[] = [];
    for (const [i, markdown] of revisions.entries()) outputs.push(await render({ page: 'ports/xen/howto', revision: `1.${i + 1}`, firstLine: 1, missing: [], markdown }));
    const aliases = headingAliases(outputs.map((o) => o.headings)).map((a) => Object.fromEntries(a));
    const shown = outputs.map((o, i) => insertHeadingAliases(o.html, aliases[i]!));
    const changed = shown.flatMap((html, i) => (html !== outputs[i]!.html ? [i] : []));
    expect(changed, 'revisions with an old id to carry').toContain(2);
    for (let i = 1; i < shown.length; i++) expect(renderedDiff(shown[i - 1]!, shown[i]!), `pair ${i}`).toEqual(renderedDiff(outputs[i - 1]!.html, outputs[i]!.html));
  }, 120_000);
});

describe('batches', () => {
  it('splits items into at most as many runs as lanes, near-equal and in order', () => {
    expect(batches([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2], [3, 4], [5, 6, 7]]);
    expect(batches([1, 2], 4)).toEqual([[1], [2]]);
    expect(batches([], 2)).toEqual([]);
    expect(batches([1, 2, 3], 0)).toEqual([[1, 2, 3]]);
  });
});
