/** axe-core with the WCAG 2.0–2.2 A and AA rules (target size included) on every page kind, both schemes, phone and desktop. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from './fixtures.ts';
import { PAGE_KINDS } from './page-kinds.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Found { id: string; help: string; nodes: Array<{ target: unknown[]; summary?: string }> }

/** axe's violations on the page as it is now, each with the elements it names. */
function violations(page: Page): Promise<Found[]> {
  return page.evaluate(async (tags) => {
    type Result = { violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, summary: n.failureSummary })) }));
  }, TAGS);
}

for (const width of [390, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });
    for (const [kind, path] of Object.entries(PAGE_KINDS)) {
      test(`${kind}: no axe violation in the light or the dark scheme`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        if (path.includes('?from=')) await expect(page.locator('#diff .hunk').first()).toBeVisible();
        // Evaluated, not added as a script tag, which the pages' Content-Security-Policy would block.
        await page.evaluate(readFileSync(axePath, 'utf8'));
        const light = await violations(page);
        await page.emulateMedia({ colorScheme: 'dark' });
        await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(13, 17, 23)');
        const dark = await violations(page);
        expect({ light, dark }, JSON.stringify({ light, dark }, null, 1)).toEqual({ light: [], dark: [] });
      });
    }
  });
}
