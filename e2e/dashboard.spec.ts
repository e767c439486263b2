import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const KEY = 'ecs-dojo:progress';

function progress(exercises: Record<string, string>) {
  return {
    version: 2,
    quizzes: {},
    scenarios: { 'rolling-unstick': 'passed' },
    exercises: Object.fromEntries(Object.entries(exercises).map(([id, status]) => [id, { status }])),
  };
}

function progressFile(name: string, learner: string, exercises: Record<string, string>) {
  const body = {
    kind: 'ecs-dojo-progress',
    version: 2,
    exportedAt: '2026-05-01',
    learner,
    progress: progress(exercises),
  };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) };
}

/** Makes a share code for a named learner on the progress page. */
async function shareCode(page: Page, learner: string, exercises: Record<string, string>) {
  await page.goto('/en/progress/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify(progress(exercises)),
  ] as const);
  await page.reload();
  await page.getByLabel(/Your name/).fill(learner);
  await page.getByRole('button', { name: 'Create a share code' }).click();
  const output = page.getByLabel('Share code', { exact: true });
  await expect(output).toHaveValue(/^ECSDOJO1-[A-Za-z0-9_-]+$/);
  const code = await output.inputValue();
  await page.evaluate(() => localStorage.clear());
  return code;
}

test.describe('facilitator dashboard', () => {
  test('one learner from a file and a share code counts once; bad codes name their line; reload keeps all', async ({
    page,
  }, testInfo) => {
    const code = await shareCode(page, 'Aoi', { 'fix-fargate-size': 'passed' });
    await page.goto('/en/workshop/dashboard/');
    await page
      .getByLabel(/Progress files/)
      .setInputFiles([
        progressFile('aoi.json', 'Aoi', { 'fix-fargate-size': 'in-progress', 'native-canary': 'passed' }),
      ]);
    await expect(page.getByText('1 learners, 3 rows shown')).toBeVisible();

    // Line 1 a good code, line 2 blank, line 3 damaged.
    await page.getByLabel('Share codes (one per line)').fill(`${code}\n\nECSDOJO1-broken`);
    await page.getByRole('button', { name: 'Add codes' }).click();
    await expect(page.getByText('1 learners, 3 rows shown')).toBeVisible();
    await expect(page.getByText(/^share code line 3: /)).toBeVisible();
    await expect(page.getByRole('row', { name: /Aoi/ })).toHaveCount(3);
    // Merged, the better status wins; the title is shown beside the id.
    const row = page.getByRole('row', { name: /fix-fargate-size/ });
    await expect(row).toContainText('Fix a Fargate size AWS refuses (fix-fargate-size)');
    await expect(row).toContainText('Passed');

    await page.reload();
    await expect(page.getByText('1 learners, 3 rows shown')).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const path = testInfo.outputPath('dashboard.csv');
    await (await downloading).saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain(
      '"learner","kind","item","title","status","passes","minutes_to_complete","needs_help"',
    );
    expect(csv).toContain('"Aoi","exercise","fix-fargate-size","Fix a Fargate size AWS refuses","passed",');
    expect(csv.trim().split('\r\n')).toHaveLength(4);

    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.reload();
    await expect(page.getByText('0 learners, 0 rows shown')).toBeVisible();
  });
});
