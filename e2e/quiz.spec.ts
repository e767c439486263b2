import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

const SEED_KEY = 'ecs-dojo:learner-seed';

/** The option labels of a quiz in the order the learner sees them. */
async function shownOrder(quiz: Locator): Promise<string[]> {
  return quiz
    .locator('label')
    .evaluateAll((labels) => labels.map((label) => label.textContent?.trim() ?? ''));
}

/**
 * A quiz once its script has started and it is on screen. The script shuffles the options into the
 * learner's order and restores a saved answer, so a choice made before then can land on another
 * option or be undone. Scrolling to it draws the lesson sections around it, which can move it once
 * more; two frames later it stays put, so a click lands where it was aimed.
 */
async function readyQuiz(page: Page, id: string): Promise<Locator> {
  const quiz = page.locator(`dojo-quiz[data-id="${id}"]`);
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  await quiz.scrollIntoViewIfNeeded();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return quiz;
}

/** Gives this browser a known learner seed and reloads, so the quizzes use it. */
async function withSeed(page: Page, seed: string): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SEED_KEY, seed] as const);
  await page.reload();
}

test.describe('knowledge check', () => {
  test('a wrong answer shows the hint and allows a second try; the answer is remembered', async ({
    page,
  }) => {
    await page.goto('/en/lessons/01-architecture/');
    const quiz = await readyQuiz(page, 'arch-execution-role');
    const explanation = quiz.getByText('Pulling the image and shipping logs');
    const hint = quiz.getByText('Neither action is done by the application code');
    await expect(explanation).toBeHidden();
    await expect(hint).toBeHidden();

    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText('Choose one option.');

    await quiz.getByRole('radio', { name: 'The task role', exact: true }).check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText(/Not quite\. Read the hint/);
    await expect(hint).toBeVisible();
    await expect(explanation).toBeHidden();

    await quiz.getByRole('radio', { name: 'The task execution role', exact: true }).check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText('Correct.');
    await expect(explanation).toBeVisible();

    await page.reload();
    await expect(quiz.getByRole('radio', { name: 'The task execution role', exact: true })).toBeChecked();
    await expect(quiz.getByRole('status')).toHaveText(/Correct\. Showing your earlier answer\./);
    await expect(explanation).toBeVisible();
  });

  test('after a second wrong answer the correct option and the explanation are revealed', async ({
    page,
  }) => {
    await page.goto('/en/lessons/02-task-definitions/');
    const quiz = await readyQuiz(page, 'taskdef-role-access-denied');
    const check = quiz.getByRole('button', { name: 'Check answer' });
    await quiz.getByRole('radio', { name: /service-linked role/ }).check();
    await check.click();
    await expect(quiz.getByText('(correct answer)')).toHaveCount(0);
    await quiz.getByRole('radio', { name: /task execution role/ }).check();
    await check.click();
    await expect(quiz.getByRole('status')).toHaveText(/Not this time/);
    const answer = quiz.locator('label', { hasText: '(correct answer)' });
    await expect(answer).toHaveCount(1);
    await expect(answer).toContainText('to the task role (taskRoleArn)');
    await expect(quiz.getByText('The caller of S3 is the application')).toBeVisible();

    const stored = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('ecs-dojo:progress') ?? '{}') as { quizzes: Record<string, unknown> },
    );
    expect(stored.quizzes['taskdef-role-access-denied']).toEqual({ choice: 0, correct: false });
  });

  test('shows the options in a stable order per learner, graded by their source order', async ({ page }) => {
    await page.goto('/en/lessons/01-architecture/');
    await withSeed(page, 'learnerone1');
    const quizzes = page.locator('dojo-quiz');
    const first = await Promise.all((await quizzes.all()).map(shownOrder));
    await page.reload();
    expect(await Promise.all((await quizzes.all()).map(shownOrder))).toEqual(first);

    await withSeed(page, 'learnertwo2');
    const other = await Promise.all((await quizzes.all()).map(shownOrder));
    expect(other).not.toEqual(first);
    for (const [index, order] of other.entries())
      expect([...order].sort()).toEqual([...(first[index] ?? [])].sort());

    const quiz = await readyQuiz(page, 'arch-plane');
    await quiz.getByRole('radio', { name: /control plane/ }).check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText('Correct.');
  });

  test('shares answers between the Japanese and English editions', async ({ page }) => {
    await page.goto('/lessons/01-architecture/');
    const quiz = await readyQuiz(page, 'arch-daemon-fargate');
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

  test('a corrupted progress store does not break the page', async ({ page }) => {
    await page.goto('/en/lessons/01-architecture/');
    await page.evaluate(() => localStorage.setItem('ecs-dojo:progress', '{not json'));
    await page.reload();
    const quiz = await readyQuiz(page, 'arch-plane');
    await quiz.getByRole('radio', { name: /control plane/ }).check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText('Correct.');
    expect(await page.evaluate(() => localStorage.getItem('ecs-dojo:progress:backup:1'))).toBe('{not json');
  });

  // Other scripts on the page (Starlight's theme) report blocked storage too, so console errors are not checked here.
  test('works when the browser blocks storage', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/en/lessons/01-architecture/');
    const quiz = await readyQuiz(page, 'arch-plane');
    await quiz.getByRole('radio', { name: /control plane/ }).check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.getByRole('status')).toHaveText('Correct.');
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/en/lessons/01-architecture/');
    const quiz = await readyQuiz(page, 'arch-new-revision');
    await quiz.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(quiz.getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(quiz.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(quiz.getByRole('status')).toHaveText(/^(Correct\.|Not quite\.)/);
  });

  test('has no serious accessibility problems once the hint and the answer are shown', async ({ page }) => {
    await page.goto('/lessons/02-task-definitions/');
    const quiz = await readyQuiz(page, 'taskdef-secret-rotation');
    const check = quiz.getByRole('button', { name: '答え合わせ' });
    await quiz.getByRole('radio', { name: /ヘルスチェック/ }).check();
    await check.click();
    await quiz.getByRole('radio', { name: /数分以内/ }).check();
    await check.click();
    await expect(quiz.getByText('（正解）')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('dojo-quiz[data-id="taskdef-secret-rotation"]')
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);
  });

  test('long options (ARNs) wrap on a 390 px phone instead of widening the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/lessons/04-services-autoscaling/');
    const quiz = await readyQuiz(page, 'services-resource-label');
    await quiz.scrollIntoViewIfNeeded();
    const widths = await quiz.evaluate((element) => ({
      list: element.querySelector('ul')?.getBoundingClientRect().right ?? 0,
      quiz: element.getBoundingClientRect().right,
      page: document.documentElement.scrollWidth,
    }));
    expect(widths.list).toBeLessThanOrEqual(widths.quiz);
    expect(widths.page).toBeLessThanOrEqual(390);
  });
});
