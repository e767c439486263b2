import { expect, test } from './fixtures.ts';

test('the home page links the progress and workshop pages in both languages', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: /学習の進捗/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/progress\/$/);
  await page.goto('/en/');
  await page
    .getByRole('link', { name: /Workshops/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/en\/workshop\/$/);
});

test('"Copy a link to this state" links to the widget itself', async ({ page }) => {
  // Record what is copied (headless Chromium's clipboard may refuse the write).
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        writeText: (text: string) => {
          document.documentElement.setAttribute('data-copied', text);
          return Promise.resolve();
        },
      },
    });
  });
  await page.goto('/en/sandbox/');
  const split = page.locator('dojo-capacity-split');
  await split.scrollIntoViewIfNeeded();
  await split.getByRole('button', { name: 'Copy a link to this state' }).click();
  await expect(split.getByText('Link copied.')).toBeVisible();
  const link = new URL((await page.locator('html').getAttribute('data-copied')) ?? '');
  const heading = await page.locator('.dw-frame', { has: split }).locator('h2[id]').getAttribute('id');
  expect(heading).toBeTruthy();
  expect(link.hash).toBe(`#${heading}`);
  expect(link.pathname).toBe('/en/sandbox/');
});
