import type { Page } from '@playwright/test';
import { expect, seriousViolations, test } from './fixtures.ts';

const FROM_SCRATCH = '/exercises/fargate-taskdef-from-scratch/';
const FIX_SIZE = '/en/exercises/fix-fargate-size/';

async function editorReady(page: Page) {
  await expect(page.locator('.dojo-ex__monaco[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
  return page.locator('.dojo-ex__monaco');
}

test.describe('exercise text', () => {
  test('backticks in instructions, goals and hints are inline code, and the chapter has its title', async ({
    page,
  }) => {
    await page.goto(FROM_SCRATCH);
    const task = page.getByRole('region', { name: '課題' });
    await expect(task.locator('code', { hasText: /^web$/ }).first()).toBeVisible();
    await expect(task.locator('code', { hasText: '/ecs/web' })).toBeVisible();
    await expect(task).not.toContainText('`');
    await expect(page.locator('.dojo-ex__goals')).not.toContainText('`');
    await expect(page.locator('.dojo-ex__goals code').first()).toBeVisible();
    await expect(page.locator('.dojo-hints')).not.toContainText('`');
    // The chapter is named by its number and title, not its slug.
    await expect(task.getByRole('link', { name: /第2章 タスク定義/ })).toBeVisible();
    await expect(task).not.toContainText('02-task-definitions');
  });
});

test.describe('exercise workspace', () => {
  test.beforeEach(({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
  });

  test('on a wide screen the task sits beside a wide editor and no empty contents column is kept', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(FIX_SIZE);
    await editorReady(page);
    const brief = await page.locator('.dojo-ex__brief').boundingBox();
    const work = await page.locator('.dojo-ex__work').boundingBox();
    expect(brief && work).toBeTruthy();
    if (!brief || !work) return;
    expect(work.x).toBeGreaterThan(brief.x + brief.width - 1);
    expect(work.width).toBeGreaterThan(600);
    expect(work.width).toBeGreaterThan(brief.width);
    await expect(page.locator('starlight-toc')).toHaveCount(0);

    // On a laptop the task is above an editor that takes the whole content width.
    await page.setViewportSize({ width: 1280, height: 800 });
    const editor = await page.locator('.dojo-ex__work').boundingBox();
    expect(editor?.width ?? 0).toBeGreaterThan(850);
  });

  test('a syntax error says the file cannot be read instead of failing every goal', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(FIX_SIZE);
    const textarea = page.getByLabel('Your JSON');
    await textarea.fill('{ "family": "web" "cpu": "1024" }');
    await page.getByRole('button', { name: 'Grade' }).click();
    await expect(page.getByRole('status')).toContainText('The file cannot be read (line 1, column 19');
    await expect(page.locator('[data-goal^="goal-"][data-passed="false"]')).toHaveCount(0);
    await expect(page.locator('.dojo-ex__findings')).toContainText('Syntax error: comma expected');
  });

  test('Japanese syntax errors are Japanese', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/exercises/fix-fargate-size/');
    await page.getByLabel('あなたの JSON').fill('{ "family": "web" "cpu": "1024" }');
    await page.getByRole('button', { name: '採点する' }).click();
    await expect(page.getByRole('status')).toContainText('ファイルを読み込めません');
    await expect(page.locator('.dojo-ex__findings')).toContainText('構文エラー: 項目の間にカンマ');
  });

  test('the solution keeps the learner text aside, with a switch back; the old status goes', async ({
    page,
  }) => {
    await page.goto(FIX_SIZE);
    const editor = await editorReady(page);
    await page.getByRole('button', { name: 'Grade' }).click();
    await expect(page.getByRole('status')).toContainText('Some goals are not met');
    await page.getByRole('button', { name: 'Show the solution' }).click();
    await expect(editor).toContainText(/"memory":\s"2048"/);
    await expect(page.getByRole('status')).not.toContainText('Some goals are not met');
    await expect(page.getByRole('status')).toContainText('Your own answer is kept');

    await page.getByRole('button', { name: 'Back to my answer' }).click();
    await expect(editor).toContainText(/"memory":\s"1024"/);
    // The switch survives a reload.
    await page.reload();
    await expect(await editorReady(page)).toContainText(/"memory":\s"1024"/);
    await page.getByRole('button', { name: 'Show the solution again' }).click();
    await expect(editor).toContainText(/"memory":\s"2048"/);
  });

  test('a finding jumps to its line in Monaco', async ({ page }) => {
    await page.goto(FIX_SIZE);
    await editorReady(page);
    const jump = page.locator('.dojo-ex__findings button.dojo-ex__where').first();
    const line = Number(((await jump.textContent()) ?? '').split(':')[0]);
    expect(line).toBeGreaterThan(1);
    await jump.click();
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor'))))
      .toBe(true);
    await expect(page.locator('.monaco-editor .line-numbers.active-line-number')).toHaveText(String(line));
  });

  test('on a phone, the plain editor has line numbers and a finding moves the cursor to its line', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(FIX_SIZE);
    const textarea = page.getByLabel('Your JSON');
    const gutter = page.locator('.dojo-ex__gutter');
    const lines = (await textarea.inputValue()).split('\n').length;
    await expect(gutter).toBeVisible();
    expect((await gutter.textContent())?.split('\n').length).toBe(lines);
    expect(await textarea.evaluate((node) => getComputedStyle(node).fontFamily)).toMatch(/mono/i);
    await textarea.press('Control+End');
    await textarea.press('Enter');
    await expect.poll(async () => (await gutter.textContent())?.split('\n').length).toBe(lines + 1);

    const jump = page.locator('.dojo-ex__findings button.dojo-ex__where').first();
    const line = Number(((await jump.textContent()) ?? '').split(':')[0]);
    await jump.click();
    await expect(textarea).toBeFocused();
    const cursorLine = await textarea.evaluate(
      (node: HTMLTextAreaElement) => node.value.slice(0, node.selectionStart).split('\n').length,
    );
    expect(cursorLine).toBe(line);
  });

  test('a pass offers the next exercise', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(FIX_SIZE);
    const next = page.getByRole('link', { name: /^Next exercise:/ });
    await expect(next).toBeHidden();
    const textarea = page.getByLabel('Your JSON');
    await textarea.fill((await textarea.inputValue()).replace('"memory": "1024"', '"memory": "2048"'));
    await page.getByRole('button', { name: 'Grade' }).click();
    await expect(page.getByRole('status')).toContainText('Passed!');
    await expect(next).toBeVisible();
    await next.click();
    await expect(page).toHaveURL(/\/en\/exercises\/[a-z0-9-]+\/$/);
    await expect(page).not.toHaveURL(/fix-fargate-size/);
  });

  test('the workspace has no serious accessibility violations', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(FIX_SIZE);
    await editorReady(page);
    await page.getByRole('button', { name: 'Grade' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('the exercise list is grouped by chapter, shows status and filters', async ({ page }) => {
  await page.goto('/en/exercises/');
  await page.evaluate(() =>
    localStorage.setItem(
      'ecs-dojo:progress',
      JSON.stringify({
        version: 2,
        quizzes: {},
        scenarios: {},
        exercises: { 'fix-fargate-size': { status: 'passed' } },
      }),
    ),
  );
  await page.reload();
  const chapter = page.getByRole('region', { name: /Chapter 2 Task definitions/ });
  await expect(chapter.getByRole('link', { name: 'Fix a Fargate size AWS refuses' })).toBeVisible();
  await page.getByLabel('Status').selectOption('passed');
  await expect(page.locator('li[data-exercise]:visible')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('1 exercises shown');
  await page.getByLabel('Status').selectOption('all');
  await page.getByLabel('Filter (title)').fill('fargate size');
  await expect(page.locator('li[data-exercise]:visible')).toHaveCount(1);
  await page.getByLabel('Filter (title)').fill('no such exercise');
  await expect(page.locator('.dojo-exercise-chapter:visible')).toHaveCount(0);
});
