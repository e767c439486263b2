import { expect, test } from './fixtures.ts';

test.describe('offline from any first page', () => {
  test.use({ serviceWorkers: 'allow' });

  for (const path of ['/', '/en/', '/404/']) {
    test(`${path} registers the service worker`, async ({ page }) => {
      await page.goto(path);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe('/');
    });
  }

  test('the course says once that it is available offline, and shows when the network is gone', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const notice = page.locator('.dojo-notice', { hasText: 'オフラインでも使える' });
    await expect(notice).toHaveCount(1);
    await page.goto('/lessons/01-architecture/');
    await expect(page.locator('h1')).toBeVisible();
    // The announcement is said once per browser, not on every page.
    await expect(page.locator('.dojo-notice', { hasText: 'オフラインでも使える' })).toHaveCount(0);

    const badge = page.getByRole('status').filter({ hasText: 'オフラインです' });
    await expect(badge).toBeHidden();
    await context.setOffline(true);
    try {
      await expect(badge).toBeVisible();
      await page.goto('/en/lessons/02-task-definitions/');
      await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });
});

test.describe('Starlight strings in each language', () => {
  test('English code blocks are labelled in English', async ({ page }) => {
    await page.goto('/en/lessons/02-task-definitions/');
    const copy = page.locator('.expressive-code button[data-code]').first();
    await expect(copy).toHaveAttribute('title', 'Copy to clipboard');
  });

  test('Japanese code blocks are labelled in Japanese', async ({ page }) => {
    await page.goto('/lessons/02-task-definitions/');
    const copy = page.locator('.expressive-code button[data-code]').first();
    await expect(copy).toHaveAttribute('title', 'クリップボードにコピー');
  });

  test('Japanese search results are described in Japanese', async ({ page }) => {
    await page.goto('/');
    await page.locator('site-search button[data-open-modal]').click();
    await page.getByRole('dialog').getByRole('textbox').fill('タスク定義');
    await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible();
    await expect(page.locator('.pagefind-ui__message')).toContainText(/件/);
    await expect(page.locator('.pagefind-ui__message')).not.toContainText('results');
    await expect(page.locator('.pagefind-ui__search-clear')).toHaveText('クリア');
  });
});
