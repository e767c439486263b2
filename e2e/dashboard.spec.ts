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
      '"learner","kind","item","title","status","passes","minutes_to_complete","needs_help","exercises_passed","scenarios_passed","labs_passed"',
    );
    expect(csv).toContain('"Aoi","exercise","fix-fargate-size","Fix a Fargate size AWS refuses","passed",');
    expect(csv.trim().split('\r\n')).toHaveLength(4);

    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.reload();
    await expect(page.getByText('0 learners, 0 rows shown')).toBeVisible();
  });

  test('sandbox labs from share codes count beside exercises and scenarios, in both languages', async ({
    page,
  }, testInfo) => {
    await page.goto('/en/progress/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      KEY,
      JSON.stringify({
        ...progress({ 'fix-fargate-size': 'passed' }),
        labs: { 'first-fargate-service': 'passed', 'service-connect': 'solved-with-help' },
      }),
    ] as const);
    await page.reload();
    // The progress page counts the lab passed on the learner's own, not the one solved with help.
    await expect(page.locator('[data-labs]')).toHaveText(/^1\/\d+$/);
    await page.getByLabel(/Your name/).fill('Mio');
    await page.getByRole('button', { name: 'Create a share code' }).click();
    const output = page.getByLabel('Share code', { exact: true });
    await expect(output).toHaveValue(/^ECSDOJO1-/);
    const code = await output.inputValue();
    await page.evaluate(() => localStorage.clear());

    await page.goto('/en/workshop/dashboard/');
    await page.getByLabel('Share codes (one per line)').fill(code);
    await page.getByRole('button', { name: 'Add codes' }).click();
    await expect(page.getByText('1 learners, 4 rows shown')).toBeVisible();
    const lab = page.getByRole('row', { name: /first-fargate-service/ });
    await expect(lab).toContainText('Lab');
    await expect(lab).toContainText('A first Fargate service (first-fargate-service)');
    await expect(lab).toContainText('3 (exercises 1, scenarios 1, labs 1)');
    await expect(page.getByRole('row', { name: /service-connect/ })).toContainText('Solved with help');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const path = testInfo.outputPath('labs.csv');
    await (await downloading).saveAs(path);
    expect(readFileSync(path, 'utf8')).toContain(
      '"Mio","lab","first-fargate-service","A first Fargate service","passed","3","","","1","1","1"',
    );

    await page.goto('/workshop/dashboard/');
    await expect(page.getByText('受講者 1 人、4 行を表示')).toBeVisible();
    const ja = page.getByRole('row', { name: /first-fargate-service/ });
    await expect(ja).toContainText('ラボ');
    await expect(ja).toContainText('初めての Fargate サービス');
    await expect(ja).toContainText('3 (演習 1・シナリオ 1・ラボ 1)');
  });
});
