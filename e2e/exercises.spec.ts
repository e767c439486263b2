import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, test } from './fixtures.ts';

const EXERCISE = '/en/exercises/fix-fargate-size/';

/** Waits until Monaco has replaced the textarea and graded the document once. */
async function editorReady(page: Page) {
  await expect(page.locator('.dojo-ex__monaco[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
  return page.locator('.dojo-ex__monaco');
}

/**
 * Replaces the task memory "1024" with "2048" in Monaco with the keyboard: on the line
 * `"memory": "1024",` go to its end, step back over `",` and select the four digits. (A
 * double-click on the value was flaky on a loaded machine.)
 */
async function fixMemoryInMonaco(page: Page) {
  await page.locator('.view-line', { hasText: /"memory":\s"1024",/ }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('2048');
}

test.describe('exercises', () => {
  test.beforeEach(({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
  });

  test('Monaco: type a fix, grade, pass; the work survives a reload and the list shows the pass', async ({
    page,
  }) => {
    await page.goto(EXERCISE);
    const editor = await editorReady(page);
    await expect(page.getByText('In the editor, Tab indents')).toBeVisible();
    await expect(page.locator('.dojo-ex__findings')).toContainText('No Fargate configuration exists');
    await fixMemoryInMonaco(page);
    await expect(editor).toContainText(/"memory":\s"2048"/);
    await page.getByRole('button', { name: 'Grade' }).click();
    await expect(page.getByRole('status')).toContainText('Passed!');
    await expect(page.locator('[data-goal="lint"]')).toHaveAttribute('data-passed', 'true');
    await expect(page.locator('[data-goal="goal-memory"]')).toHaveAttribute('data-passed', 'true');

    await page.reload();
    await expect(await editorReady(page)).toContainText(/"memory":\s"2048"/);
    await expect(page.getByRole('status')).toContainText('passed this exercise before');

    await page.goto('/en/exercises/');
    await expect(page.locator('li[data-exercise="fix-fargate-size"]')).toContainText('passed');
  });

  test('hints appear one at a time; reset goes back to the starter; the solution counts as help', async ({
    page,
  }) => {
    await page.goto(EXERCISE);
    const editor = await editorReady(page);
    const hints = page.locator('.dojo-hints li');
    await expect(hints.first()).toBeHidden();
    await page.getByRole('button', { name: 'Show a hint' }).click();
    await expect(hints.nth(0)).toBeVisible();
    await expect(hints.nth(1)).toBeHidden();
    await page.getByRole('button', { name: 'Show a hint' }).click();
    await expect(hints.nth(1)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show a hint' })).toBeDisabled();

    await fixMemoryInMonaco(page);
    await expect(editor).toContainText(/"memory":\s"2048"/);
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(editor).toContainText(/"memory":\s"1024"/);

    await page.getByRole('button', { name: 'Show the solution' }).click();
    await expect(editor).toContainText(/"memory":\s"2048"/);
    await page.getByRole('button', { name: 'Grade' }).click();
    await expect(page.getByRole('status')).toContainText('solved with help');
    await page.goto('/en/exercises/');
    await expect(page.locator('li[data-exercise="fix-fargate-size"]')).toContainText('solved with help');
  });

  test('focus can leave the editor with the keyboard', async ({ page }) => {
    await page.goto(EXERCISE);
    await editorReady(page);
    await page.locator('.view-lines').click();
    await page.keyboard.press('Control+m');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Grade' })).toBeFocused();
  });

  test('the fallback editor works at a phone viewport and loads no Monaco', async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(EXERCISE);
    const textarea = page.getByLabel('Your JSON');
    await expect(textarea).toBeVisible();
    await expect(page.locator('dojo-exercise')).toHaveAttribute('data-editor', 'textarea');
    await expect(page.locator('.dojo-ex__findings')).toContainText('No Fargate configuration exists');
    const starter = await textarea.inputValue();
    await textarea.fill(starter.replace('"memory": "1024"', '"memory": "2048"'));
    await expect(page.locator('.dojo-ex__findings')).not.toContainText('No Fargate configuration exists');
    await page.getByRole('button', { name: 'Grade' }).click();
    await expect(page.getByRole('status')).toContainText('Passed!');
    await page.reload();
    await expect(page.getByLabel('Your JSON')).toHaveValue(/"memory": "2048"/);
    // Monaco's stylesheet is linked by the page; its code and workers are never fetched here.
    const scripts = urls.filter((url) => url.endsWith('.js'));
    expect(scripts.filter((url) => url.includes('monaco') || url.includes('.worker'))).toEqual([]);
    // At this width Starlight's search button (outside the exercise) has no accessible name; check ours.
    const results = await new AxeBuilder({ page }).include('main').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);
  });

  test('an exercise page with Monaco and the list have no serious accessibility violations', async ({
    page,
  }) => {
    await page.goto(EXERCISE);
    await editorReady(page);
    await page.getByRole('button', { name: 'Grade' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/exercises/');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a YAML exercise loads Monaco and grades CloudFormation, with no errors from its workers', async ({
    page,
  }) => {
    await page.goto('/exercises/alb-target-group-ip/');
    await editorReady(page);
    await page.getByRole('button', { name: '解答例を見る' }).click();
    await page.getByRole('button', { name: '採点する' }).click();
    await expect(page.getByRole('status')).toContainText('すべてのゴールを満たしました');
    // The YAML language worker answers (a worker that failed to start logs "Missing requestHandler").
    await page.waitForTimeout(1500);
  });

  test('lesson pages load no Monaco code and link their exercises', async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto('/en/lessons/02-task-definitions/');
    await expect(page.getByRole('link', { name: 'Fix a Fargate size AWS refuses' })).toBeVisible();
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? ''));
    const all = [...urls, ...scripts];
    expect(all.filter((url) => url.includes('monaco') || url.includes('editor.api'))).toEqual([]);
  });
});
