/** The browser tests' `test`: every page a test opens must cause no Content-Security-Policy violation. */
import { expect, test as base, type Page } from '@playwright/test';

/** Starts recording the CSP violations of `page` (console reports and `securitypolicyviolation` events). */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  // The event reports what the console may word differently.
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const violations = await recordCspViolations(page);
    await use(page);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
export type { Locator, Page } from '@playwright/test';
