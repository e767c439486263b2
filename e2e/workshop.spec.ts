import { readFileSync } from 'node:fs';
import { expect, seriousViolations, test } from './fixtures.ts';

function progressFile(name: string, learner: string, exercises: Record<string, string>) {
  const progress = {
    version: 2,
    quizzes: {},
    scenarios: { 'rolling-unstick': 'passed' },
    exercises: Object.fromEntries(Object.entries(exercises).map(([id, status]) => [id, { status }])),
  };
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ kind: 'ecs-dojo-progress', version: 2, exportedAt: '2026-05-01', learner, progress }),
    ),
  };
}

test.describe('workshop', () => {
  test('agendas link to lessons and the timer is keyboard operable', async ({ page }) => {
    await page.goto('/en/workshop/');
    await expect(page.getByRole('heading', { name: /90-minute introduction/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Fix a Fargate size AWS refuses' }).first()).toBeVisible();
    const timer = page.locator('dojo-timer').first();
    await timer.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
    await timer.getByRole('button', { name: 'Next block' }).click();
    await expect(timer.getByRole('status')).toContainText('Next block: ECS architecture');
    await expect(timer.getByRole('timer')).toHaveText('20:00');
  });

  test('print styles hide the navigation', async ({ page }) => {
    await page.goto('/workshop/cheat-sheet/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.header')).toBeHidden();
    await expect(page.locator('nav.sidebar')).toBeHidden();
    await expect(page.getByRole('heading', { name: /Fargate のタスクサイズ/ })).toBeVisible();
  });

  test('the dashboard aggregates three files, lists a bad one and exports CSV', async ({
    page,
  }, testInfo) => {
    await page.goto('/en/workshop/dashboard/');
    await page
      .getByLabel(/Progress files/)
      .setInputFiles([
        progressFile('a.json', 'Aoi', { 'fix-fargate-size': 'passed', 'native-canary': 'passed' }),
        progressFile('b.json', 'Ben', { 'fix-fargate-size': 'in-progress' }),
        progressFile('c.json', '=HYPERLINK("x")', { 'fix-fargate-size': 'passed' }),
        { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"nope"}') },
      ]);
    await expect(page.getByText('3 learners, 7 rows shown')).toBeVisible();
    await expect(page.getByText('bad.json: Not ECS Dojo progress')).toBeVisible();
    await page.getByLabel('Status').selectOption('stuck');
    await expect(page.getByRole('row', { name: /Ben/ })).toHaveCount(2);
    await page.getByLabel('Status').selectOption('all');
    await page.getByRole('button', { name: 'Passes' }).click();
    await expect(page.locator('[data-body] tr').first()).toContainText('Ben');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const path = testInfo.outputPath('dashboard.csv');
    await (await downloading).saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain(
      '"learner","kind","item","title","status","passes","minutes_to_complete","needs_help"',
    );
    expect(csv).toContain(
      `"'=HYPERLINK(""x"")","exercise","fix-fargate-size","Fix a Fargate size AWS refuses","passed","2",`,
    );
    expect(csv.trim().split('\r\n')).toHaveLength(8);
  });

  for (const path of [
    '/workshop/',
    '/en/workshop/',
    '/workshop/cheat-sheet/',
    '/en/workshop/cheat-sheet/',
    '/en/workshop/dashboard/',
  ]) {
    test(`axe finds no serious violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('certificate', () => {
  test('counts passed sandbox labs beside the track, in both languages', async ({ page }) => {
    await page.goto('/workshop/certificate/');
    await page.evaluate(() =>
      localStorage.setItem(
        'ecs-dojo:progress',
        JSON.stringify({
          version: 2,
          quizzes: {},
          scenarios: {},
          exercises: {},
          lessons: {},
          labs: {
            'first-fargate-service': 'passed',
            'service-connect': 'passed',
            'stuck-deployment': 'solved-with-help',
          },
        }),
      ),
    );
    await page.reload();
    await expect(page.locator('.dojo-certificate__counts')).toContainText('サンドボックスのラボ 2 件');
    await page.goto('/en/workshop/certificate/');
    await expect(page.getByRole('heading', { name: 'Almost there' })).toBeVisible();
    await expect(page.locator('.dojo-certificate__counts')).toContainText(
      '0 exercises and 0 scenarios of this track, and 2 sandbox labs',
    );
  });

  test('shows what is left, then a printable certificate once the track passes', async ({ page }) => {
    await page.goto('/en/workshop/certificate/');
    await page.getByLabel('Name on the certificate').fill('<b>Aiko</b> Tanaka');
    await expect(page.getByRole('heading', { name: 'Almost there' })).toBeVisible();
    const hrefs = await page
      .locator('.dojo-certificate__output li a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const idsUnder = (section: string) =>
      hrefs
        .filter((href) => href.includes(`/${section}/`))
        .map((href) => href.split('/').filter(Boolean).at(-1) ?? '');
    const exerciseIds = idsUnder('exercises');
    const scenarioIds = idsUnder('scenarios');
    expect(exerciseIds.length).toBeGreaterThan(0);
    // The track's scenarios count as well as its exercises.
    expect(scenarioIds.length).toBeGreaterThan(0);
    const save = (scenarios: string[]) =>
      page.evaluate(
        ([exerciseList, scenarioList]) => {
          const exercises = Object.fromEntries(exerciseList.map((id) => [id, { status: 'passed' }]));
          const scenarios = Object.fromEntries(scenarioList.map((id) => [id, 'passed']));
          localStorage.setItem(
            'ecs-dojo:progress',
            JSON.stringify({ version: 2, quizzes: {}, scenarios, exercises, lessons: {} }),
          );
        },
        [exerciseIds, scenarios] as const,
      );
    await save([]);
    await page.reload();
    await page.getByLabel('Name on the certificate').fill('Aiko');
    await expect(page.getByRole('heading', { name: 'Almost there' })).toBeVisible();
    await save(scenarioIds);
    await page.reload();
    await page.getByLabel('Name on the certificate').fill('<b>Aiko</b> Tanaka');
    await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeVisible();
    await expect(page.locator('.dojo-certificate__name')).toHaveText('<b>Aiko</b> Tanaka');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.dojo-certificate__form')).toBeHidden();
    await expect(page.locator('nav.sidebar')).toBeHidden();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
