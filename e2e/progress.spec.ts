import { readFileSync } from 'node:fs';
import { expect, seriousViolations, test } from './fixtures.ts';

const KEY = 'ecs-dojo:progress';
const seeded = JSON.stringify({
  version: 1,
  quizzes: { 'arch-new-revision': { choice: 2, correct: true } },
  scenarios: { 'rolling-unstick': 'passed' },
  exercises: { 'fix-fargate-size': { status: 'passed' } },
});

test.describe('progress', () => {
  test('a lesson read to the end is marked in the sidebar and counted, after reloads', async ({ page }) => {
    await page.goto('/en/lessons/01-architecture/');
    await page.locator('dojo-quiz').last().scrollIntoViewIfNeeded();
    const link = page.locator('#starlight__sidebar a[href$="/lessons/01-architecture/"]');
    await page.reload();
    await expect(link.locator('.dojo-progress-mark')).toHaveText('✓ (read)');
    await page.goto('/en/progress/');
    const row = page.getByRole('row', { name: /1\. / });
    await expect(row.getByRole('cell').first()).toHaveText('1/1');
  });

  test('export, clear and import restore progress; a pass is not undone', async ({ page }, testInfo) => {
    await page.goto('/en/progress/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, seeded] as const);
    await page.reload();
    await expect(page.locator('[data-overall]')).not.toHaveText('0%');
    const overall = await page.locator('[data-overall]').textContent();
    await page.getByLabel(/Your name/).fill('=Sato');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download progress file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^ecs-dojo-progress-Sato-\d{4}-\d{2}-\d{2}\.json$/);
    const path = testInfo.outputPath('progress.json');
    await download.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      kind: 'ecs-dojo-progress',
      version: 2,
      learner: '=Sato',
    });

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('[data-overall]')).toHaveText('0%');
    await page.getByLabel('Progress file (.json)').setInputFiles(path);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('=Sato');
    await expect(page.locator('[data-overall]')).toHaveText(overall ?? '');

    await page.getByLabel('Progress file (.json)').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":1}'),
    });
    await expect(page.getByRole('status').filter({ hasText: 'not ECS Dojo progress' })).toBeVisible();
  });

  test('share codes round-trip, and a changed code is refused', async ({ page }) => {
    await page.goto('/en/progress/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, seeded] as const);
    await page.reload();
    await page.getByRole('button', { name: 'Create a share code' }).click();
    const output = page.getByLabel('Share code', { exact: true });
    // The code is made asynchronously (it is compressed): wait for it rather than read at once.
    await expect(output).toHaveValue(/^ECSDOJO1-[A-Za-z0-9_-]+$/);
    const code = await output.inputValue();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const broken = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
    await page.getByLabel('Paste a share code').fill(broken);
    await page.getByRole('button', { name: 'Import code' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'checksum' })).toBeVisible();
    await page.getByLabel('Paste a share code').fill(code);
    await page.getByRole('button', { name: 'Import code' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await expect(page.locator('[data-overall]')).not.toHaveText('0%');
  });

  test('a corrupted store is backed up and reported once', async ({ page }) => {
    await page.goto('/en/progress/');
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"quizzes":'), KEY);
    await page.goto('/en/rules/');
    const notice = page.locator('.dojo-notice');
    await expect(notice).toContainText('could not be read');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('ecs-dojo:progress:backup:1'))).toBe(
      '{"version":1,"quizzes":',
    );
    await page.goto('/en/progress/');
    await expect(page.locator('[data-backup-list] li')).toHaveCount(1);
    await expect(page.locator('[data-backup-list]')).toContainText('not readable as JSON');
    await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeVisible();
  });

  for (const path of ['/progress/', '/en/progress/']) {
    test(`axe finds no serious violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('lessons, the simulator and the exercise editor work offline after one visit', async ({
    page,
    context,
  }) => {
    await page.goto('/en/lessons/01-architecture/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    try {
      await page.goto('/en/lessons/05-deployments/');
      await expect(page.locator('h1')).toContainText(/deploy/i);
      await page.goto('/progress/');
      await expect(page.locator('h1')).toHaveText('学習の進捗');

      await page.goto('/en/sandbox/');
      const split = page.locator('dojo-capacity-split');
      await split.scrollIntoViewIfNeeded();
      await expect(split.getByText(/FARGATE_SPOT: 6 tasks/)).toBeVisible();

      await page.goto('/en/exercises/fargate-taskdef-from-scratch/');
      await expect(page.locator('[data-ready]').first()).toBeVisible({ timeout: 20_000 });
    } finally {
      await context.setOffline(false);
    }
  });
});
