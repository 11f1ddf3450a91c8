import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/build/output-files.ts';
import { expect, test, type Page } from './fixtures.ts';

const inViewport = async (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });

test('the page shows the newest revision with its contents', async ({ page }) => {
  await page.goto('/ports/xen/howto/');
  await expect(page.locator('h1').first()).toHaveText('howto');
  await expect(page.locator('.revmeta summary')).toContainText('Revision 1.52');
  // The seed has no author or log for 1.52: nothing about them is shown, not even "unknown".
  await expect(page.locator('main')).not.toContainText(/unknown/i);
  await expect(page.locator('.excerpt-note')).toContainText('page lines 749–856 of revision 1.52');
  await page.locator('summary', { hasText: 'Contents' }).click();
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('link')).toHaveText([
    'PCI passthrough: Using PCI devices in guest domains', 'NetBSD as a domU in a VPS', 'prmgr and pvgrub', 'Using npf',
  ]);
  // Every contents link has a heading to land on.
  for (const href of await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`article ${href}`)).toHaveCount(1);
  }
  await expect(page.locator('.missing-text')).toHaveCount(2);
  const views = page.getByRole('navigation', { name: 'Page views' });
  await expect(views.getByRole('link')).toHaveText(['Read', 'History', 'Compare', 'Annotate']);
  await expect(views.getByRole('link', { name: 'Compare' })).toHaveAttribute('href', '/ports/xen/howto/diff/');
});

test('a contents link scrolls to its section', async ({ page }) => {
  await page.goto('/ports/xen/howto/');
  await page.locator('summary', { hasText: 'Contents' }).click();
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Using npf' }).click();
  await expect(page).toHaveURL(/#using-npf$/);
  expect(await inViewport(page, '#using-npf')).toBe(true);
});

test('a deep link opens with its heading in view', async ({ page }) => {
  await page.goto('/ports/xen/howto/#prmgr-and-pvgrub');
  expect(await inViewport(page, '#prmgr-and-pvgrub')).toBe(true);
});

for (const path of ['/ports/xen/howto/', '/ports/xen/howto/r/1.52/']) {
  test(`the old anchor of a renamed heading lands on the renamed section (${path})`, async ({ page }) => {
    await page.goto(`${path}#using-pci-devices-in-guest-domains`);
    const heading = page.locator('h2', { has: page.locator('#using-pci-devices-in-guest-domains') });
    await expect(heading).toContainText('PCI passthrough: Using PCI devices in guest domains');
    expect(await inViewport(page, '#pci-passthrough-using-pci-devices-in-guest-domains')).toBe(true);
  });
}

test('the new anchor finds the section in the old revision too', async ({ page }) => {
  await page.goto('/ports/xen/howto/r/1.51/#pci-passthrough-using-pci-devices-in-guest-domains');
  expect(await inViewport(page, '#using-pci-devices-in-guest-domains')).toBe(true);
  await expect(page.locator('#using-pci-devices-in-guest-domains')).toContainText('Using PCI devices in guest domains');
});

test('heading links are reachable by keyboard and named', async ({ page }) => {
  await page.goto('/ports/xen/howto/');
  // The heading's own words are its link to itself.
  const link = page.getByRole('heading', { name: 'Using npf history', exact: true }).getByRole('link', { name: 'Using npf', exact: true });
  await expect(link).toHaveAttribute('href', '#using-npf');
  for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#using-npf$/);
});

test('a revision and its raw source', async ({ page, request }) => {
  await page.goto('/ports/xen/howto/r/1.51/');
  await expect(page.locator('article h2').first()).toContainText('Using PCI devices in guest domains');
  await expect(page.getByText('This is an old revision.')).toBeVisible();
  await page.locator('summary', { hasText: 'Revision 1.51' }).click();
  await page.getByRole('link', { name: 'Raw' }).click();
  const raw = await request.get('/ports/xen/howto/r/1.51.mdwn');
  expect(raw.status()).toBe(200);
  const text = await raw.text();
  expect(text.startsWith('See possibly outdated\n[Solaris domU instructions]')).toBe(true);
  expect(text.split('\n')[840 - 749]).toBe('Using npf');
});

test('the source view numbers lines as the real page does', async ({ page }) => {
  await page.goto('/ports/xen/howto/r/1.52/source/#L855');
  await expect(page.locator('#L855')).toContainText('Using npf');
  await expect(page.locator('#L749 td.ln')).toHaveText('749');
  await expect(page.locator('#L826')).toContainText('text missing');
  expect(await inViewport(page, '#L855')).toBe(true);
});

test('the history lists the revisions with their changes', async ({ page }) => {
  await page.goto('/ports/xen/howto/history/');
  const rows = page.locator('table.history tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('1.52');
  await expect(rows.nth(0)).toContainText('2014-12-26 23:46:22 UTC');
  await expect(rows.nth(1)).toContainText('1.51');
  await expect(page.locator('main')).not.toContainText(/unknown/i);
});

test('an unknown URL gets the 404 page, which links to the page list', async ({ page }) => {
  const response = await page.goto('/ports/xen/no-such-page/');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'list of pages' }).click();
  await expect(page.getByRole('link', { name: 'ports/xen/howto' })).toBeVisible();
});

test('a hostile page runs none of its scripts', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto('/sandbox/xss/');
  await expect(page.getByText('Safe text after the payloads.')).toBeVisible();
  await page.locator('#hover-me').hover();
  for (const name of ['javascript link', 'mixed case link', 'markdown javascript link']) {
    await page.getByText(name, { exact: true }).click();
  }
  await page.locator('article details summary').click();
  const article = page.locator('article');
  await expect(article.locator('script, iframe, svg, object, embed, form, meta, style')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page reads, and anchors still work', async ({ page }) => {
    await page.goto('/ports/xen/howto/#using-pci-devices-in-guest-domains');
    await expect(page.locator('article')).toContainText('VPS operators provide varying degrees');
    expect(await inViewport(page, '#pci-passthrough-using-pci-devices-in-guest-domains')).toBe(true);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('nothing overflows the page sideways', async ({ page }) => {
    await page.goto('/ports/xen/howto/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

test('light and dark colour schemes', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/ports/xen/howto/');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(13, 17, 23)');
});

test('every built page is written in ASCII, other characters as references (src/utils/ascii-html.ts)', () => {
  const pages = [...filesUnder('dist-test')].filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(20);
  expect(pages.filter((file) => readFileSync(join('dist-test', file)).some((byte) => byte > 0x7f))).toEqual([]);
});
