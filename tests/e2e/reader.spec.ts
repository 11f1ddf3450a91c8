/** The reader's frame on every view: phone first screen, folded controls, theme switch, print, metadata, requests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, type Loader } from '../../bench/page-weight.ts';
import { fillMissingLines } from '../../src/markdown/missing-lines.ts';
import { howto } from '../helpers/content.ts';
import { ikiwikiBuild, removeIkiwikiBuild } from '../helpers/ikiwiki.ts';
import type { APIRequestContext } from '@playwright/test';
import { expect, test, type Page } from './fixtures.ts';
import { PAGE_KINDS } from './page-kinds.ts';


/** The theme switch: one select, named by its label. */
const themeSwitch = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

/** Picks a theme, as a reader does with the keyboard: focus the switch, choose the option. */
async function chooseTheme(page: Page, name: 'System' | 'Light' | 'Dark'): Promise<void> {
  await themeSwitch(page).focus();
  await themeSwitch(page).selectOption({ label: name });
}

const firstParagraphTop = (page: Page) => page.locator('article.wiki > p').first().evaluate((p) => p.getBoundingClientRect().top);

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/ports/xen/howto/', '/ports/xen/howto/r/1.51/']) {
    test(`the article's first paragraph starts in the upper half (${path})`, async ({ page }) => {
      await page.goto(path);
      expect(await firstParagraphTop(page)).toBeLessThan(844 / 2);
    });
  }

  test('history rows fit the screen and keep every fact', async ({ page }) => {
    await page.goto('/ports/xen/howto/history/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const newest = page.locator('table.history tbody tr').first();
    for (const text of ['1.52', '2014-12-26 23:46:22 UTC', 'diff to 1.51']) await expect(newest.getByText(text)).toBeInViewport();
    await expect(newest.getByRole('radio', { name: 'Compare to 1.52' })).toBeInViewport();
  });

  test('a code block wider than the screen scrolls inside itself and shows a shadow where it scrolls', async ({ page }) => {
    await page.goto('/ports/xen/howto/');
    const pre = page.locator('article pre').filter({ hasText: 'xpci* at xenbus ?' });
    const { scrolls, image, attachment } = await pre.evaluate((el) => ({
      scrolls: el.scrollWidth > el.clientWidth,
      image: getComputedStyle(el).backgroundImage,
      attachment: getComputedStyle(el).backgroundAttachment,
    }));
    expect(scrolls).toBe(true);
    // Two layers: a cover in the block's colour that scrolls with the text, over a shade that stays at the right edge.
    expect(image.match(/gradient\(/g)).toHaveLength(2);
    expect(image).toMatch(/rgba\(0, 0, 0, 0\.\d+\)/);
    expect(attachment).toBe('local, scroll');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('revision facts and contents open and close from the keyboard', async ({ page }) => {
    await page.goto('/ports/xen/howto/r/1.51/');
    const raw = page.getByRole('link', { name: 'Raw' });
    await expect(raw).toBeHidden();
    await page.locator('summary', { hasText: 'Revision 1.51' }).focus();
    await page.keyboard.press('Enter');
    await expect(raw).toBeVisible();
    await expect(page.getByRole('link', { name: 'Revision 1.52 →' })).toBeVisible();
    const npf = page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Using npf' });
    await expect(npf).toBeHidden();
    await page.locator('summary', { hasText: 'Contents' }).focus();
    await page.keyboard.press('Space');
    await expect(npf).toBeVisible();
  });

  test('the theme follows the system, and the switch still works on the page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/ports/xen/howto/');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(13, 17, 23)');
    await chooseTheme(page, 'Light');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  });
});

test.describe('theme switch', () => {
  // CSS alone: the same on every page kind, with or without JavaScript; every page starts at the system's setting.
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });
      for (const scheme of ['light', 'dark'] as const) {
        test(`light, dark and system apply to text, code and diff colours (system ${scheme})`, async ({ page }) => {
          test.setTimeout(90_000);
          const body = page.locator('body');
          const [light, dark] = ['rgb(255, 255, 255)', 'rgb(13, 17, 23)'];
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto('/ports/xen/howto/');
          await expect(themeSwitch(page)).toHaveValue('System');
          await expect(body).toHaveCSS('background-color', scheme === 'dark' ? dark : light);
          await chooseTheme(page, scheme === 'dark' ? 'Light' : 'Dark');
          await expect(body).toHaveCSS('background-color', scheme === 'dark' ? light : dark);
          await expect(page.locator('article pre').first()).toHaveCSS('background-color', scheme === 'dark' ? 'rgb(246, 248, 250)' : 'rgb(22, 27, 34)');
          await chooseTheme(page, 'System');
          await expect(body).toHaveCSS('background-color', scheme === 'dark' ? dark : light);

          // The diff page's own colours follow the same switch; a page opened later starts at the system's setting.
          await page.goto('/ports/xen/howto/diff/1.51..1.52/');
          await expect(themeSwitch(page)).toHaveValue('System');
          const added = page.locator('.r.i').first();
          await expect(added).toHaveCSS('background-color', scheme === 'dark' ? 'rgb(18, 41, 28)' : 'rgb(218, 251, 225)');
          await chooseTheme(page, scheme === 'dark' ? 'Light' : 'Dark');
          await expect(added).toHaveCSS('background-color', scheme === 'dark' ? 'rgb(218, 251, 225)' : 'rgb(18, 41, 28)');
        });
      }
    });
  }
});

test.describe('print', () => {
  test('a revision prints the article only, with the address of every link that leaves the site', async ({ page }) => {
    await page.goto('/ports/xen/howto/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['body > header', 'body > footer', '.crumbs', '.tabs', '.revmeta', '.toc', '.heading-history']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.locator('article')).toBeVisible();
    // A heading's words (its link to itself) print as the heading, with no address after them.
    const heading = page.locator('article h2 > a[href^="#"]').first();
    await expect(heading).toBeVisible();
    expect(await heading.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    await expect(page.locator('main > h1')).toBeVisible();
    const link = page.locator('article a[href^="http"]').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" <${href}>"`);
    await expect(page.locator('article pre').first()).toHaveCSS('white-space', 'pre-wrap');
  });

  test('a diff prints its marks without colour: underline, strike-through, + and −', async ({ page }) => {
    await page.goto('/ports/xen/howto/diff/1.51..1.52/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['body > header', '.tabs', '.dviews']) await expect(page.locator(selector).first(), selector).toBeHidden();
    await expect(page.locator('.diff')).toBeVisible();
    await expect(page.locator('.diff ins').first()).toHaveCSS('text-decoration-line', 'underline');
    await expect(page.locator('.diff del').first()).toHaveCSS('text-decoration-line', 'line-through');
    const marker = (selector: string) => page.locator(selector).first().evaluate((t) => getComputedStyle(t, '::before').content);
    expect(await marker('.r.i .t')).toBe('"+"');
    expect(await marker('.r.d .t')).toBe('"−"');
  });
});

test.describe('looks', () => {
  test('the current view is marked, and marked differently from the others', async ({ page }) => {
    await page.goto('/ports/xen/howto/history/');
    const tabs = page.getByRole('navigation', { name: 'Page views' });
    await expect(tabs.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
    await expect(tabs.locator('[aria-current]')).toHaveCount(1);
    const style = (name: string) => tabs.getByRole('link', { name }).evaluate((a) => getComputedStyle(a).borderBottomColor + getComputedStyle(a).fontWeight);
    expect(await style('History')).not.toBe(await style('Read'));
  });

  test('every view starts its heading at the same place', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const lefts = new Set<number>();
    for (const path of ['/ports/xen/howto/', '/ports/xen/howto/history/', '/ports/xen/howto/diff/1.51..1.52/', '/ports/xen/howto/annotate/', '/ports/xen/howto/r/1.52/source/']) {
      await page.goto(path);
      lefts.add(Math.round(await page.locator('main > h1').evaluate((h) => h.getBoundingClientRect().left)));
    }
    expect([...lefts]).toHaveLength(1);
  });

  test('prose lines hold 70 to 80 characters on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/ports/xen/howto/');
    const longest = await page.locator('article.wiki > p').evaluateAll((paragraphs) => {
      let most = 0;
      for (const p of paragraphs) {
        // Characters per rendered line: each character's box, grouped by the line it sits on.
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getClientRects()[0];
            if (box) lines.set(Math.round(box.bottom), (lines.get(Math.round(box.bottom)) ?? 0) + 1);
          }
        }
        most = Math.max(most, ...lines.values());
      }
      return most;
    });
    expect(longest).toBeGreaterThanOrEqual(70);
    expect(longest).toBeLessThanOrEqual(80);
  });

  test('contents nest by level, every level numbered on its own and indented deeper than its parent', async ({ page }) => {
    await page.goto('/sandbox/layout/');
    await page.locator('summary', { hasText: 'Contents' }).click();
    const toc = page.getByRole('navigation', { name: 'Contents' });
    const items = await toc.locator('li').evaluateAll((lis) =>
      lis.map((li) => ({
        text: li.querySelector(':scope > a')!.textContent,
        level: (() => { let n = 0; for (let e: Element | null = li; e && e.tagName !== 'NAV'; e = e.parentElement) if (e.tagName === 'OL') n++; return n; })(),
        left: Math.round(li.getBoundingClientRect().left),
        marker: getComputedStyle(li, '::before').content,
      })),
    );
    expect(items.map((i) => [i.text, i.level])).toEqual([
      ['Installing the example', 1], ['Getting the sources', 2], ['From CVS', 3], ['From a tarball', 3], ['Building', 2], ['Options', 3],
    ]);
    for (const item of items) expect(item.marker).toMatch(/counters\(toc, "\."\)/);
    const leftOf = (level: number) => new Set(items.filter((i) => i.level === level).map((i) => i.left));
    expect([...leftOf(2)]).toHaveLength(1);
    expect([...leftOf(3)]).toHaveLength(1);
    expect([...leftOf(3)][0]!).toBeGreaterThan([...leftOf(2)][0]!);
    expect([...leftOf(2)][0]!).toBeGreaterThan([...leftOf(1)][0]!);
  });

  test('each breadcrumb links its directory listing', async ({ page }) => {
    await page.goto('/ports/xen/howto/history/');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link');
    await expect(crumbs).toHaveText(['pages', 'ports', 'xen', 'howto']);
    expect(await crumbs.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/', '/ports/', '/ports/xen/', '/ports/xen/howto/']);
  });

  test('metadata the source lacks is left out, not shown as unknown', async ({ page }) => {
    for (const path of ['/sandbox/layout/', '/sandbox/layout/history/', '/sandbox/layout/r/1.1/source/']) {
      await page.goto(path);
      await expect(page.locator('main'), path).not.toContainText(/unknown/i);
    }
  });
});

test.describe('site metadata', () => {
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    test(`${kind} has a canonical link, a description and Open Graph data`, async ({ page }) => {
      await page.goto(path);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(/^https?:\/\/[^/]+\//);
      expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(20);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
        await expect(page.locator(`meta[property="${property}"]`), property).toHaveAttribute('content', /\S/);
      }
      expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);
    });
  }

  test('the newest revision has one canonical URL; an old revision is its own', async ({ page }) => {
    const canonicalPath = async (path: string) => {
      await page.goto(path);
      return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname;
    };
    expect(await canonicalPath('/ports/xen/howto/')).toBe('/ports/xen/howto/');
    expect(await canonicalPath('/ports/xen/howto/r/1.52/')).toBe('/ports/xen/howto/');
    expect(await canonicalPath('/ports/xen/howto/r/1.51/')).toBe('/ports/xen/howto/r/1.51/');
  });

  test('favicons, robots.txt and the sitemap are served; the sitemap lists canonical URLs only', async ({ request }) => {
    for (const path of ['/favicon.ico', '/favicon.svg']) expect((await request.get(path)).status(), path).toBe(200);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
    const index = await (await request.get('/sitemap-index.xml')).text();
    const sitemap = new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname;
    const locs = [...(await (await request.get(sitemap)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toContain('/ports/xen/howto/');
    expect(locs).toContain('/ports/xen/howto/r/1.51/');
    expect(locs).not.toContain('/ports/xen/howto/r/1.52/');
    expect(locs).not.toContain('/ports/xen/howto/annotate/1.52/');
  });
});

test.describe('scripts', () => {
  for (const path of ['/ports/xen/howto/', '/ports/xen/howto/r/1.52/', '/ports/xen/howto/history/']) {
    test(`${path} loads no JavaScript at all: no script request, no script element`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((p) => p.endsWith('.js') || p.endsWith('.mjs') || p.endsWith('.wasm'))).toEqual([]);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      expect(await page.locator('link[rel="modulepreload"], link[rel="preload"][as="script"]').count()).toBe(0);
      // Choosing a theme needs none either.
      await chooseTheme(page, 'Dark');
      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(13, 17, 23)');
      expect(requested.filter((p) => p.endsWith('.js'))).toEqual([]);
    });
  }
});

test.describe('weight, gzipped, against ikiwiki\'s page of the same text measured in the same run', () => {
  /** ikiwiki's page for revision 1.52, built now from the very markdown the site renders (gaps filled by their stand-ins). */
  const ikiwikiWeight = async () => {
    const out = ikiwikiBuild(Object.fromEntries(howto().map((r) => [`r${r.revision}`, fillMissingLines(r.body, r.firstLine, r.missing)])));
    try {
      const fromFiles: Loader = async (url) => (existsSync(join(out, url.pathname)) ? readFileSync(join(out, url.pathname)) : null);
      const weight = await pageWeight(new URL('http://ikiwiki/r1.52/'), readFileSync(join(out, 'r1.52/index.html'), 'utf8'), fromFiles);
      expect(weight.css, 'ikiwiki loads its stylesheets').toBeGreaterThan(1000);
      return weight;
    } finally {
      removeIkiwikiBuild(out);
    }
  };
  /** Our reading pages as a browser gets them over HTTP: the page and every file it references. */
  const readingPages = async (request: APIRequestContext, baseURL: string | undefined) => {
    const overHttp: Loader = async (url) => {
      const response = await request.get(url.href);
      return response.ok() ? response.body() : null;
    };
    const weights = [];
    for (const path of ['/ports/xen/howto/', '/ports/xen/howto/r/1.52/']) {
      const html = await (await request.get(path)).text();
      weights.push({ path, ...(await pageWeight(new URL(path, baseURL), html, overHttp)) });
    }
    return weights;
  };

  test('a reading page has no JavaScript, and less CSS than ikiwiki\'s page', async ({ request, baseURL }) => {
    const ikiwiki = await ikiwikiWeight();
    for (const ours of await readingPages(request, baseURL)) {
      expect(ours.js, `${ours.path}: JavaScript`).toBe(0);
      expect(ours.css, `${ours.path}: it has its styles`).toBeGreaterThan(500);
      expect(ours.css, `${ours.path}: CSS ${ours.css} bytes against ikiwiki's ${ikiwiki.css}`).toBeLessThanOrEqual(ikiwiki.css);
    }
  });

  test('a reading page weighs, all-in, at most ikiwiki\'s page', async ({ request, baseURL }) => {
    // bench/RESULTS.md, "Site build and page weight", says where the bytes go and what was cut to get here.
    const ikiwiki = await ikiwikiWeight();
    for (const ours of await readingPages(request, baseURL)) {
      expect(ours.total, `${ours.path}: ${ours.total} bytes against ikiwiki's ${ikiwiki.total}`).toBeLessThanOrEqual(ikiwiki.total);
    }
  });
});

test('no request of any page kind gets a 404', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (r) => r.status() === 404 && missing.push(r.url()));
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    const response = await page.goto(path);
    if (kind === 'not found') expect(response?.status()).toBe(404);
    else expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
    if (kind === 'not found') missing.splice(missing.indexOf(response!.url()), 1);
  }
  expect(missing).toEqual([]);
});
