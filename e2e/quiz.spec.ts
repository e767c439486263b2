import { expect, test } from './fixtures.ts';

test.describe('knowledge check', () => {
  test('checks an answer, explains it and remembers it after a reload', async ({ page, consoleErrors }) => {
    await page.goto('/en/lessons/01-architecture/');
    const quiz = page.locator('dojo-quiz[data-id="arch-execution-role"]');
    const explanation = quiz.getByText('Pulling the image and shipping logs');
    await expect(explanation).toBeHidden();

    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText('Choose one option.');

    await quiz.getByRole('radio', { name: 'The task role' }).check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText(/Not quite/);
    await expect(explanation).toBeVisible();

    await quiz.getByRole('radio', { name: 'The task execution role' }).check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText('Correct.');

    await page.reload();
    await expect(quiz.getByRole('radio', { name: 'The task execution role' })).toBeChecked();
    await expect(quiz.getByRole('status')).toHaveText(/Correct\. Showing your earlier answer\./);
    expect(consoleErrors).toEqual([]);
  });

  test('shares answers between the Japanese and English editions', async ({ page }) => {
    await page.goto('/lessons/01-architecture/');
    const quiz = page.locator('dojo-quiz[data-id="arch-daemon-fargate"]');
    await quiz.getByRole('radio', { name: 'EC2 のコンテナインスタンス' }).check();
    await quiz.getByRole('button', { name: '答え合わせ' }).click();
    await expect(quiz.getByRole('status')).toHaveText('正解です。');
    await page.goto('/en/lessons/01-architecture/');
    await expect(
      page
        .locator('dojo-quiz[data-id="arch-daemon-fargate"]')
        .getByRole('radio', { name: 'On EC2 container instances' }),
    ).toBeChecked();
  });

  test('a corrupted progress store does not break the page', async ({ page, consoleErrors }) => {
    await page.goto('/en/lessons/01-architecture/');
    await page.evaluate(() => localStorage.setItem('ecs-dojo:progress', '{not json'));
    await page.reload();
    const quiz = page.locator('dojo-quiz[data-id="arch-plane"]');
    await quiz.getByRole('radio', { name: /control plane/ }).check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText('Correct.');
    expect(await page.evaluate(() => localStorage.getItem('ecs-dojo:progress:backup:1'))).toBe('{not json');
    expect(consoleErrors).toEqual([]);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/en/lessons/01-architecture/');
    const quiz = page.locator('dojo-quiz[data-id="arch-new-revision"]');
    await quiz.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(quiz.getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(quiz.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(quiz.getByRole('status')).toHaveText('Correct.');
  });
});
