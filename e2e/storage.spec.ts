import { expect, test } from './fixtures.ts';

const EXERCISE = '/en/exercises/fargate-taskdef-from-scratch/';
const KEY = 'ecs-dojo:progress';

test.describe('storage problems never lose work silently', () => {
  test('with storage full, typing is kept on the page, the learner is told once and can download it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(EXERCISE);
    // Fill this origin's storage to the brim.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(512 * 1024);
      for (let i = 0; chunk.length > 8; i++) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length / 2);
        }
      }
    });
    const textarea = page.getByLabel('Your JSON');
    const starter = await textarea.inputValue();
    await textarea.fill(starter.replace('"memory": "1024"', '"memory": "2048"') + ' '.repeat(2000));
    const notice = page.locator('.dojo-notice').filter({ hasText: 'cannot be saved' });
    await expect(notice).toHaveCount(1);
    await textarea.fill(starter + '  ');
    await expect(notice).toHaveCount(1);
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download my progress' }).click();
    const file = await (await download).path();
    const text = await import('node:fs').then((fs) => fs.readFileSync(file, 'utf8'));
    expect(JSON.parse(text)).toMatchObject({
      progress: { exercises: { 'fargate-taskdef-from-scratch': { status: 'in-progress' } } },
    });
  });

  test('with storage blocked, pages work, say so once, and quizzes still answer', async ({ page }) => {
    await page.addInitScript(() => {
      // As browsers do with site data off: reading the (configurable) attribute throws.
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/en/lessons/01-architecture/');
    await expect(
      page.locator('.dojo-notice').filter({ hasText: 'does not let the site store data' }),
    ).toHaveCount(1);
    await page.goto(EXERCISE);
    await expect(page.locator('dojo-exercise')).toBeVisible();
    await page.goto('/en/progress/');
    await expect(page.locator('[data-overall]')).toHaveText('0%');
  });

  test('entries of the wrong type are left out with a notice; the original is kept as a backup', async ({
    page,
  }) => {
    await page.goto('/en/progress/');
    const raw = JSON.stringify({
      version: 2,
      quizzes: { good: { choice: 1, correct: true }, bad: { choice: 'two' } },
      scenarios: {},
    });
    await page.evaluate(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [KEY, raw]);
    await page.goto('/en/rules/');
    await expect(page.locator('.dojo-notice').filter({ hasText: 'Some entries' })).toHaveCount(1);
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.dojo-notice')).toHaveCount(0);
    await page.goto('/en/progress/');
    await expect(page.locator('[data-backup-list]')).toContainText('some entries could not be read');
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { quizzes: object },
      KEY,
    );
    expect(Object.keys(stored.quizzes)).toEqual(['good']);
  });
});
