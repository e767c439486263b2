import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** What the fixtures below add to every test. */
interface PageHealth {
  /**
   * Console errors and uncaught exceptions a test provokes on purpose, as patterns. Empty by default;
   * a test that needs one says so visibly with `test.use({ allowedPageErrors: [/…/] })` and a reason.
   */
  allowedPageErrors: readonly RegExp[];
  /** Watches every page of the test and fails it if any logged a console error or threw uncaught. */
  pageHealth: void;
}

/**
 * Playwright's `test`, with an automatic check that every page in the test ran without console errors
 * or uncaught exceptions. Specs import `test` and `expect` from here, never from `@playwright/test`.
 */
export const test = base.extend<PageHealth>({
  allowedPageErrors: [[], { option: true }],
  pageHealth: [
    async ({ context, allowedPageErrors }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const { url } = message.location();
          errors.push(url ? `${message.text()} (${url})` : message.text());
        });
        page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
      };
      for (const page of context.pages()) watch(page);
      context.on('page', watch);
      await use();
      const unexpected = errors.filter((error) => !allowedPageErrors.some((pattern) => pattern.test(error)));
      expect(unexpected, 'console errors or uncaught exceptions on the pages of this test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe and returns the violations rated serious or critical. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
