import { expect, test } from './fixtures.ts';

test('search finds "pvgrub" in the newest revision and opens its section', async ({ page }) => {
  await page.goto('/ports/xen/howto/');
  const box = page.getByRole('searchbox', { name: 'Search the newest revisions' });
  await box.fill('pvgrub');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=pvgrub$/);
  const results = page.locator('#search .pagefind-ui__result');
  await expect(results).toHaveCount(1);
  await expect(results.first().locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', '/ports/xen/howto/');
  const section = results.first().getByRole('link', { name: /prmgr and pvgrub/ });
  await expect(section).toHaveAttribute('href', '/ports/xen/howto/#prmgr-and-pvgrub');
  await section.click();
  await expect(page).toHaveURL(/\/ports\/xen\/howto\/#prmgr-and-pvgrub$/);
  await expect(page.locator('#prmgr-and-pvgrub')).toBeInViewport();
});

test('only the newest revision of each page is indexed', async ({ page }) => {
  await page.goto('/search/');
  /** The URLs Pagefind's own API finds for a word, straight from the index. */
  const urlsFor = (word: string) =>
    page.evaluate(async (q) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const found = await pagefind.search(q);
      return Promise.all(found.results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
    }, word);
  // "somewhere" is in 1.51 only (1.52 rewrote that paragraph): the old revision is not found.
  expect(await urlsFor('somewhere')).toEqual([]);
  // A word of 1.52 is found on the newest revision's page only, not on /r/1.52/, its source or annotate.
  expect(await urlsFor('bootloader')).toEqual(['/ports/xen/howto/']);
});

test('reading pages load no script until search is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('/ports/xen/howto/');
  expect(scripts.filter((u) => u.includes('pagefind'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search box is a plain form to the upstream wiki search', async ({ page }) => {
    await page.goto('/ports/xen/howto/');
    await expect(page.getByRole('searchbox', { name: 'Search the newest revisions' })).toBeHidden();
    // In the header's search landmark, the field says where it searches.
    const field = page.getByRole('search').getByRole('searchbox', { name: 'Search wiki.netbsd.org' });
    await expect(field).toBeVisible();
    const form = page.locator('form', { has: page.getByRole('searchbox', { name: 'Search wiki.netbsd.org' }) });
    await expect(form).toHaveAttribute('action', 'https://www.google.com/search');
    await expect(form.locator('input[name="sitesearch"]')).toHaveValue('wiki.netbsd.org');
    await expect(form.getByRole('searchbox')).toHaveAttribute('name', 'q');
  });
});
