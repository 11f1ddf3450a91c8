import { XMLParser } from 'fast-xml-parser';
import { expect, test } from './fixtures.ts';

const cvs = 'https://cvsweb.netbsd.org/bsdweb.cgi/wikisrc/ports/xen/howto.mdwn';

test('every view links the page upstream and the same thing in cvsweb', async ({ page }) => {
  const views: Array<[string, string, string]> = [
    ['/ports/xen/howto/', 'Revision 1.52 in cvsweb', `${cvs}?rev=1.52`],
    ['/ports/xen/howto/r/1.51/', 'Revision 1.51 in cvsweb', `${cvs}?rev=1.51`],
    ['/ports/xen/howto/diff/1.51..1.52/', 'Diff 1.51 to 1.52 in cvsweb', `${cvs}.diff?r1=1.51;r2=1.52`],
    ['/ports/xen/howto/annotate/', 'Annotate 1.52 in cvsweb', `${cvs}?annotate=1.52`],
    ['/ports/xen/howto/history/', 'History in cvsweb', cvs],
  ];
  for (const [path, label, href] of views) {
    await page.goto(path);
    const upstream = page.getByRole('navigation', { name: 'Upstream' });
    await expect(upstream.getByRole('link', { name: 'This page on wiki.netbsd.org' })).toHaveAttribute('href', 'https://wiki.netbsd.org/ports/xen/howto/');
    await expect(upstream.getByRole('link', { name: label })).toHaveAttribute('href', href);
  }
});

test('the page feed is announced, parses, and has one entry per revision linking its diff', async ({ page, request }) => {
  await page.goto('/ports/xen/howto/');
  const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(href).toBe('/ports/xen/howto/history.atom');
  await page.goto('/ports/xen/howto/history/');
  const revisions = await page.locator('table.history tbody tr').count();
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' || n === 'link' }).parse(await response.text()).feed;
  expect(feed.entry).toHaveLength(revisions);
  expect(feed.entry[0].link[0]['@_href']).toMatch(/\/ports\/xen\/howto\/diff\/1\.51\.\.1\.52\/$/);
  expect(feed.entry[0].content['#text']).toContain('PCI passthrough: Using PCI devices in guest domains');
  const recent = await request.get('/recent.atom');
  expect(new XMLParser().parse(await recent.text()).feed.entry.length).toBeGreaterThan(0);
});

test("a heading leads to its section's history, which lists 1.52 for the renamed PCI section and opens its diff", async ({ page }) => {
  await page.goto('/ports/xen/howto/');
  // The link says "history"; the heading it sits in says of what (WCAG 2.4.4, link purpose in context).
  const heading = page.getByRole('heading', { name: 'PCI passthrough: Using PCI devices in guest domains history', exact: true });
  await heading.getByRole('link', { name: 'history', exact: true }).click();
  await expect(page).toHaveURL(/\/ports\/xen\/howto\/sections\/#pci-passthrough-using-pci-devices-in-guest-domains$/);
  const section = page.getByRole('region', { name: 'PCI passthrough: Using PCI devices in guest domains' });
  await expect(section).toContainText('1.52');
  await expect(section).toContainText('renamed from “Using PCI devices in guest domains”');
  await expect(section.getByRole('link', { name: 'annotate' })).toHaveAttribute('href', /\/ports\/xen\/howto\/annotate\/#L\d+$/);
  await section.getByRole('link', { name: /^diff 1\.51 → 1\.52/ }).click();
  await expect(page).toHaveURL(/\/ports\/xen\/howto\/diff\/1\.51\.\.1\.52\/#h1$/);
  await expect(page.locator('#h1')).toBeVisible();
});

test("an old revision's heading id still finds its section's history", async ({ page }) => {
  await page.goto('/ports/xen/howto/sections/#using-pci-devices-in-guest-domains');
  await expect(page.locator('#using-pci-devices-in-guest-domains')).toHaveCount(1);
  const region = page.getByRole('region', { name: 'PCI passthrough: Using PCI devices in guest domains' });
  await expect(region.locator('#using-pci-devices-in-guest-domains')).toHaveCount(1);
});

test('the home page lists pages as a tree; folders have listings; recent changes link diffs', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.page-tree a[href="/ports/xen/howto/"]')).toHaveText('howto');
  await page.getByRole('link', { name: 'ports/', exact: true }).click();
  await expect(page).toHaveURL(/\/ports\/$/);
  await expect(page.locator('h1')).toHaveText('ports/');
  await expect(page.getByRole('link', { name: 'howto', exact: true })).toHaveAttribute('href', '/ports/xen/howto/');
  await page.goto('/recent/');
  const row = page.locator('tr', { has: page.getByRole('link', { name: 'ports/xen/howto' }) });
  await expect(row.getByRole('link', { name: 'diff 1.51 → 1.52' })).toHaveAttribute('href', '/ports/xen/howto/diff/1.51..1.52/');
  await expect(row.getByRole('link', { name: 'Using PCI devices in guest domains → PCI passthrough: Using PCI devices in guest domains' }))
    .toHaveAttribute('href', '/ports/xen/howto/diff/1.51..1.52/#h1');
});
