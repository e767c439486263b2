import { expect, test } from './fixtures.ts';

async function search(page: import('@playwright/test').Page, query: string) {
  await page.locator('site-search button[data-open-modal]').click();
  const input = page.getByRole('dialog').getByRole('textbox');
  await input.fill(query);
  return page.getByRole('dialog').locator('.pagefind-ui__result-link');
}

test.describe('search', () => {
  const japanese = [
    { term: 'タスク定義', lesson: 'ECS のアーキテクチャ' },
    { term: 'キャパシティプロバイダー', lesson: 'キャパシティプロバイダー' },
    { term: 'タスク実行ロール', lesson: 'ECS のアーキテクチャ' },
    { term: 'サーキットブレーカー', lesson: 'デプロイ' },
  ];
  for (const { term, lesson } of japanese) {
    test(`finds the Japanese term ${term}`, async ({ page }) => {
      await page.goto('/');
      const results = await search(page, term);
      await expect(results.first()).toBeVisible();
      await expect(
        page.getByRole('dialog').locator('.pagefind-ui__result').filter({ hasText: lesson }).first(),
      ).toBeVisible();
    });
  }

  test('finds English terms in the English edition', async ({ page }) => {
    await page.goto('/en/');
    const results = await search(page, 'execution role');
    await expect(results.first()).toBeVisible();
    await expect(
      page
        .getByRole('dialog')
        .locator('.pagefind-ui__result')
        .filter({ hasText: /execution role/i })
        .first(),
    ).toBeVisible();
    await expect(results.first()).toHaveAttribute('href', /\/en\//);
  });
});
