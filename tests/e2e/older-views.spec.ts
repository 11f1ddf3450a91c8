/**
 * Older revisions' annotate and source views, computed in the browser from history.json at their own URLs (through the
 * 404 page), compared with what Node computes from the same revision files as a full prebuild would; without JavaScript
 * they say what to use instead. Also a non-adjacent and a reversed pair against the model the build would make.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { annotateAll } from '../../src/diff/annotate.ts';
import { withHeadings } from '../../src/diff/headings.ts';
import { buildDiffModel } from '../../src/diff/model.ts';
import { readContentDir } from '../../src/loaders/content-dir.ts';
import { sourceLines } from '../../src/utils/excerpt.ts';
import { expect, test, type Page } from './fixtures.ts';

const DEMO = 'sandbox/diff-demo';
const revisionsOf = (dir: string, page: string) => readContentDir(dir).filter((r) => r.page === page);
const demo = revisionsOf('tests/fixtures/e2e-content', DEMO);
const howto = revisionsOf('content', 'ports/xen/howto');

/** The rows a full prebuild's annotate of revision `k` has: line, revision (≤ for the oldest), text. */
function expectedAnnotate(revisions: typeof demo, k: number): string[][] {
  return annotateAll(revisions)[k]!.map((l) => [String(l.line), l.index === 0 ? `≤${l.revision}` : l.revision, l.text]);
}

const annotateRows = (page: Page) =>
  page.locator('table.annotate tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));

const sourceRows = (page: Page) =>
  page.locator('table.source tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));

test('an older annotate is computed in a worker at its own URL and equals a full prebuild', async ({ page }) => {
  for (const k of [0, 1, 2]) {
    const rev = demo[k]!.revision;
    await page.goto(`/${DEMO}/annotate/${rev}/`);
    await expect(page.getByRole('status')).toContainText(`The annotate of revision ${rev}, computed in your browser`);
    await expect(page.locator('main h1')).toHaveText('diff-demo');
    await expect(page).toHaveTitle(`diff-demo: annotated (revision ${rev}) · NetBSD wiki history`);
    expect(await annotateRows(page)).toEqual(expectedAnnotate(demo, k));
    await expect(page.getByRole('navigation', { name: 'Annotate other revisions' }).getByRole('link', { name: rev })).toHaveAttribute('aria-current', 'page');
  }
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  // The worker's own fetch of history.json is in its timeline, not the page's.
  expect(resources.some((name) => /history-worker/.test(name))).toBe(true);
});

test('the newest annotate computed from history.json is the prebuilt table to the byte', async ({ page }) => {
  await page.goto(`/${DEMO}/annotate/`);
  const prebuilt = await page.locator('main .table-scroll').innerHTML();
  const legend = await page.locator('.annotate-legend').innerHTML();
  const facts = await page.locator('.revmeta').evaluate((e) => e.textContent?.replace(/\s+/g, ' ').trim());
  await page.goto(`/${DEMO}/annotate/1.4/`);
  await expect(page.getByRole('status')).toContainText('computed in your browser');
  expect(await page.locator('main .table-scroll').innerHTML()).toBe(prebuilt);
  expect(await page.locator('.annotate-legend').innerHTML()).toBe(legend);
  // The revision's facts read as RevisionMeta.astro writes them.
  expect(await page.locator('.revmeta').evaluate((e) => e.textContent?.replace(/\s+/g, ' ').trim())).toBe(facts);
});

test('the same landmarks and headings as the prebuilt annotate', async ({ page }) => {
  const outline = () =>
    page.evaluate(() => ({
      landmarks: [...document.querySelectorAll('header, nav, main, footer, section[aria-labelledby]')].map((e) => `${e.localName}:${e.getAttribute('aria-label') ?? ''}`),
      headings: [...document.querySelectorAll('h1, h2, h3')].map((h) => h.localName),
    }));
  await page.goto(`/${DEMO}/annotate/`);
  const prebuilt = await outline();
  await page.goto(`/${DEMO}/annotate/1.2/`);
  await expect(page.getByRole('status')).toContainText('computed in your browser');
  expect(await outline()).toEqual(prebuilt);
});

test('a line link into a computed view lands on the line, marked, and its numbers link lines', async ({ page }) => {
  await page.goto(`/${DEMO}/annotate/1.2/#L9`);
  await expect(page.locator('#L9')).toBeInViewport();
  await expect.poll(() => page.locator('#L9').evaluate((tr) => tr.matches(':target'))).toBe(true);
  await page.getByRole('link', { name: 'Line 4', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${DEMO}/annotate/1\\.2/#L4$`));
  expect(await page.locator('#L4').evaluate((tr) => tr.matches(':target'))).toBe(true);

  await page.goto('/ports/xen/howto/r/1.51/source/#L800');
  await expect(page.locator('#L800')).toBeInViewport();
  await expect.poll(() => page.locator('#L800').evaluate((tr) => tr.matches(':target'))).toBe(true);
});

test('an older source view equals the revision’s lines, numbered as on the page, missing lines named', async ({ page }) => {
  for (const rev of [howto[0]!, demo[1]!]) {
    await page.goto(`/${rev.page}/r/${rev.revision}/source/`);
    await expect(page.getByRole('status')).toContainText(`The source of revision ${rev.revision}, computed in your browser`);
    const what = new Map(rev.missing.map((m) => [m.line, m.what]));
    const expected = sourceLines(rev.body, rev.firstLine).map((l) => [String(l.number), l.missing ? `[text missing: ${what.get(l.number) ?? 'not in our source'}]` : l.text]);
    expect(await sourceRows(page)).toEqual(expected);
    // Inside the revision's folded facts, as on the prebuilt source view.
    await expect(page.locator('.revnav a', { hasText: 'Raw' })).toHaveAttribute('href', `/${rev.page}/r/${rev.revision}.mdwn`);
  }
  await expect(page).toHaveTitle('Source of diff-demo, revision 1.2 · NetBSD wiki history');
  // The prebuilt raw file is the same text.
  const raw = await (await page.request.get(`/${DEMO}/r/1.2.mdwn`)).text();
  expect((await sourceRows(page)).map((r) => r[1]).join('\n') + '\n').toBe(raw);
});

test('a revision the page lacks is named, with the ones it has', async ({ page }) => {
  await page.goto(`/${DEMO}/annotate/1.9/`);
  await expect(page.getByRole('status')).toHaveText('This view could not be computed: sandbox/diff-demo has no revision 1.9; its history lists 1.1, 1.2, 1.3, 1.4');
  await expect(page.locator('main h1')).toHaveText('Not found');
});

test('without JavaScript an older annotate or source URL says what to use instead, with working links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/${DEMO}/annotate/1.2/`);
  await expect(page.getByRole('heading', { name: 'Older revisions’ source and annotate' })).toBeVisible();
  await expect(page.locator('#older-views + p')).toContainText('an address ending in /annotate/1.51/ or /r/1.51/source/) is computed in the browser');
  await page.getByRole('link', { name: 'the newest revision’s annotate' }).click();
  await expect(page).toHaveURL(`/${DEMO}/annotate/`);
  await expect(page.locator('table.annotate tbody tr')).toHaveCount(demo.at(-1)!.body.split('\n').length - 1);

  await page.goto(`/${DEMO}/r/1.2/source/`);
  await page.getByRole('link', { name: 'the revision’s page' }).click();
  await expect(page).toHaveURL(`/${DEMO}/r/1.2/`);
  const raw = await page.locator('main a', { hasText: /^Raw/ }).first().getAttribute('href');
  expect(raw).toBe(`/${DEMO}/r/1.2.mdwn`);
  expect((await page.request.get(raw!)).status()).toBe(200);
  await context.close();
});

test('a pair two revisions apart, and a reversed one, computed from history.json equal the model the build makes', async ({ page }) => {
  for (const [a, b] of [[0, 2], [3, 1]] as const) {
    const from = demo[a]!;
    const to = demo[b]!;
    const model = buildDiffModel({ ...withHeadings(from) }, { ...withHeadings(to) });
    const ids = new Set<string>();
    for (const block of model.hunks.flatMap((h) => h.blocks)) {
      if (block.kind === 'context') block.rows.forEach((r) => ids.add(`o${r.o}`).add(`n${r.n}`));
      else [...block.old.map((l) => `o${l.n}`), ...block.new.map((l) => `n${l.n}`)].forEach((id) => ids.add(id));
    }
    await page.goto(`/${DEMO}/diff/${from.revision}..${to.revision}/`);
    await expect(page).toHaveURL(`/${DEMO}/diff/?from=${from.revision}&to=${to.revision}`);
    await expect(page.locator('#diff .hunk').first()).toBeVisible();
    expect(await page.locator('#diff .hh .hn').evaluateAll((as) => as.map((x) => x.getAttribute('title')))).toEqual(model.hunks.map((h) => h.header));
    const shown = await page.locator('#diff .rows a[id]').evaluateAll((as) => as.map((x) => x.id));
    expect(new Set(shown)).toEqual(ids);
  }
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

test('axe finds no WCAG 2.2 A/AA violation on the computed views', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [`/${DEMO}/annotate/1.2/`, '/ports/xen/howto/r/1.51/source/']) {
    await page.goto(path);
    await expect(page.getByRole('status')).toContainText('computed in your browser');
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const found = await page.evaluate(async () => {
      type Result = { violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> };
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 5).map((n) => n.target) }));
    });
    expect(found, path).toEqual([]);
  }
});
