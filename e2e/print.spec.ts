import { expect, test } from './fixtures.ts';

/** Pages in a PDF made by Chromium's print. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test.describe('printing', () => {
  for (const path of ['/workshop/cheat-sheet/', '/en/workshop/cheat-sheet/']) {
    test(`${path} prints on at most two A4 pages`, async ({ page }) => {
      await page.goto(path);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    });
  }

  test('the agenda prints as a handout: its tables, without site chrome, buttons or timers', async ({
    page,
  }) => {
    await page.goto('/en/workshop/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.header')).toBeHidden();
    await expect(page.locator('nav.sidebar')).toBeHidden();
    await expect(page.locator('dojo-timer').first()).toBeHidden();
    // Hidden elements are not in the accessibility tree: no button is left on the page.
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('table').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /90-minute introduction/ })).toBeVisible();
  });
});
