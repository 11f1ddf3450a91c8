/** Hostile input on the built site, served by our own server: nothing runs, nothing is lost, raw files stay text. */
import { readFileSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { expect, recordCspViolations, test } from './fixtures.ts';

const CORPUS = '/sandbox/xss-corpus/';
const source = readFileSync('tests/fixtures/e2e-content/sandbox/xss-corpus/1.2.mdwn', 'utf8');
const markers = [...source.matchAll(/^Marker \d+ after its vector\.$/gm)].map((m) => m[0]);

const views = {
  rendered: `${CORPUS}r/1.2/`,
  source: `${CORPUS}r/1.2/source/`,
  raw: `${CORPUS}r/1.2.mdwn`,
  diff: `${CORPUS}diff/1.1..1.2/`,
  annotate: `${CORPUS}annotate/`,
};

test('the corpus has at least 50 vectors', () => expect(markers.length).toBeGreaterThanOrEqual(50));

for (const [view, path] of Object.entries(views)) {
  test(`no vector runs and every marker is shown: ${view} view`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // Hover and focus whatever could carry a handler, then give timers a moment.
    for (const element of await page.locator('article b, article details summary, article a[href]').all()) {
      await element.hover({ timeout: 1000 }).catch(() => {});
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const text = await page.evaluate(() => document.body.innerText);
    expect(markers.filter((marker) => !text.includes(marker)), 'markers not shown').toEqual([]);
  });
}

test('raw sources and diffs are served as text, never sniffed, in a sandbox', async ({ request }) => {
  for (const path of [views.raw, `${CORPUS}diff/1.1..1.2.diff`]) {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['content-security-policy']).toMatch(/sandbox/);
  }
  const json = await request.get(`${CORPUS}history.json`);
  expect(json.headers()['content-type']).toBe('application/json');
  const missing = await request.get('/no/such/page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<html');
});

test('every kind of page carries a CSP with no inline script and no eval beyond hashes', async ({ request }) => {
  for (const path of ['/', '/ports/xen/howto/', views.rendered, views.source, views.diff, `${CORPUS}diff/`, views.annotate, `${CORPUS}history/`, '/404.html']) {
    const html = await (await request.get(path)).text();
    const policy = /<head[^>]*><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy, path).toBeDefined();
    const script = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(script, path).toMatch(/^ ?script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    expect(policy, path).not.toContain('unsafe-eval');
  }
});

test('annotate names each revision with its log once, not on every line', async ({ request }) => {
  const html = await (await request.get('/sandbox/diff-demo/annotate/')).text();
  for (const log of ['Diff demo: first text', 'Rewrap the first paragraph', 'Change the code, add a section']) {
    expect(html.split(log).length - 1, log).toBe(1);
  }
});

base('a script the policy does not allow is blocked and reported to the tests', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto(views.rendered);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.pwned = "injected"';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
});
