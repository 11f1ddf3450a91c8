/** Highlighted code on the built HowTo: token colours in both schemes, man-page links, selecting code, phone layout. */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from './fixtures.ts';

const PAGE = '/ports/xen/howto/r/1.52/';
/** The HowTo's kernel config block exactly as written in revision 1.52 (our grammar fixture holds the same text). */
const KERNEL_CONFIG = readFileSync(
  new URL('../fixtures/grammars/netbsd-kernel-config/howto-1.52/input.txt', import.meta.url),
  'utf8',
).replace(/\n$/, '');

function kernelBlock(page: Page): Locator {
  return page.locator('pre', { hasText: 'xpci* at xenbus ?' });
}

/** Distinct computed colours of the token spans, and each one's contrast with the block's background. */
async function tokenColours(pre: Locator): Promise<{ colours: string[]; worstContrast: number }> {
  return pre.evaluate((element) => {
    const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const lum = (css: string) => {
      const [r = 0, g = 0, b = 0] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = getComputedStyle(element).backgroundColor;
    // Tokens are the code's own spans (lines have none); man-page links are counted by their own test.
    const spans = [...element.querySelectorAll('code > span')].filter((s) => (s.textContent ?? '').trim() !== '');
    const colours = spans.map((s) => getComputedStyle(s).color);
    const ratios = colours.map((c) => {
      const [hi, lo] = [lum(c), lum(background)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    });
    return { colours: [...new Set(colours)], worstContrast: Math.min(...ratios) };
  });
}

for (const [colorScheme, background, xpci] of [
  ['light', 'rgb(246, 248, 250)', 'rgb(102, 57, 186)'],
  ['dark', 'rgb(22, 27, 34)', 'rgb(210, 168, 255)'],
] as const) {
  test(`kernel config tokens take at least five colours in ${colorScheme} mode, all AA`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(PAGE);
    const pre = kernelBlock(page);
    await expect(pre).toBeVisible();
    await expect(pre).toHaveCSS('background-color', background);
    await expect(pre.getByRole('link', { name: 'xpci', exact: true })).toHaveCSS('color', xpci);
    const { colours, worstContrast } = await tokenColours(pre);
    expect(colours.length).toBeGreaterThanOrEqual(5);
    expect(worstContrast).toBeGreaterThanOrEqual(4.5);
  });
}

test('device names link to their manual page; paths and parents do not', async ({ page }) => {
  await page.goto(PAGE);
  const pre = kernelBlock(page);
  const xpci = pre.getByRole('link', { name: 'xpci', exact: true });
  await expect(xpci).toHaveAttribute('href', 'https://man.netbsd.org/xpci.4');
  await expect(xpci).toHaveText('xpci');
  await expect(pre.getByRole('link')).toHaveCount(12);
  await expect(pre.getByRole('link', { name: /xenbus|XEN3_DOMU/ })).toHaveCount(0);
});

test('a code block is plain text to select: selecting it gives its text exactly, and no style forbids it', async ({ page }) => {
  // No copy button (reading pages run no script): selecting must work, on a phone too, with no CSS in the way.
  await page.goto(PAGE);
  const pre = kernelBlock(page);
  expect(await pre.evaluate((el) => [el, ...el.querySelectorAll('*')].map((e) => getComputedStyle(e).userSelect).filter((s) => s !== 'auto' && s !== 'text'))).toEqual([]);
  await pre.locator('code').evaluate((code) => getSelection()!.selectAllChildren(code));
  expect(await page.evaluate(() => getSelection()!.toString().replace(/\n$/, ''))).toBe(KERNEL_CONFIG);
  await expect(page.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
});

test('on a phone, long lines scroll inside the block and the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PAGE);
  const pre = kernelBlock(page);
  await expect(pre).toHaveCSS('overflow-x', 'auto');
  expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('without JavaScript the code reads the same', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const pre = kernelBlock(page);
  expect(await pre.locator('code').textContent()).toBe(KERNEL_CONFIG);
  await context.close();
});
