import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, test } from './fixtures.ts';

// Hostile links and files (issue #20): each must end in a clear message, quickly, with a bounded page.

/** A widget state as its URL parameter: base64url-encoded JSON (src/widgets/url-state.ts). */
const encode = (state: unknown) => Buffer.from(JSON.stringify(state)).toString('base64url');

/** The longest main-thread task seen since the page loaded, in milliseconds. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

function progressFile(name: string, progress: unknown) {
  const file = {
    kind: 'ecs-dojo-progress',
    version: 2,
    exportedAt: '2026-12-06T00:00:00.000Z',
    learner: name,
    progress,
  };
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

test.describe('hostile input', () => {
  test('a rolling link asking for 100,000 tasks is lowered, explained, and stays responsive', async ({
    page,
  }) => {
    const started = Date.now();
    await page.goto(`/sandbox/?rolling=${encode({ desired: 100_000 })}`);
    const player = page.locator('dojo-rolling-player');
    await player.scrollIntoViewIfNeeded();
    await expect(player.getByText('希望タスク数を 100,000 から 500 に下げました')).toBeVisible();
    await expect(player.getByLabel('希望タスク数')).toHaveValue('500');
    expect(Date.now() - started).toBeLessThan(15_000);
    const longest = await watchLongTasks(page);
    const step = player.getByRole('button', { name: '次のイベントへ' });
    const clock = player.locator('.dw-clock');
    for (let i = 0; i < 3; i += 1) {
      const before = await clock.textContent();
      await step.click();
      await expect(clock).not.toHaveText(before ?? '');
    }
    // Before the bounds, one click froze the tab for seconds and the player built 800,000 nodes.
    expect(await longest()).toBeLessThan(3_000);
    expect(await player.evaluate((el) => el.querySelectorAll('*').length)).toBeLessThan(20_000);
  });

  test('a failing version relaunching 500 tasks for hours stops at the event limit and says so', async ({
    page,
  }) => {
    const state = { desired: 100_000, version: 'fail-start', breaker: false, minPct: 0, maxPct: 400 };
    await page.goto(`/en/sandbox/?rolling=${encode(state)}`);
    const player = page.locator('dojo-rolling-player');
    await player.scrollIntoViewIfNeeded();
    await expect(player.getByText(/Desired count lowered from 100,000 to 500/)).toBeVisible({
      timeout: 15_000,
    });
    await expect(player.getByText(/the player replays at most 100,000 events/)).toBeVisible();
    const longest = await watchLongTasks(page);
    const clock = player.locator('.dw-clock');
    const before = await clock.textContent();
    await player.getByRole('button', { name: 'Next event' }).click();
    await expect(clock).not.toHaveText(before ?? '');
    expect(await longest()).toBeLessThan(3_000);
  });

  test('typing a huge desired count is lowered with an English message', async ({ page }) => {
    await page.goto('/en/sandbox/');
    const player = page.locator('dojo-rolling-player');
    await player.scrollIntoViewIfNeeded();
    await player.getByLabel('Desired count').fill('100000');
    await player.getByLabel('Desired count').press('Enter');
    await expect(
      player.getByText(/Desired count lowered from 100,000 to 500\. This keeps the widget responsive/),
    ).toBeVisible();
    // The message itself passes axe (contrast, role); the whole 500-task player is checked elsewhere.
    const axe = await new AxeBuilder({ page }).include('dojo-rolling-player .dw-limit').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('a progress file with 140,000 made-up scenario ids is listed as ignored, not rendered', async ({
    page,
  }) => {
    await page.goto('/en/workshop/dashboard/');
    const scenarios: Record<string, string> = {};
    for (let i = 0; i < 140_000; i += 1) scenarios[`made-up-scenario-${i}`] = 'passed';
    const file = progressFile('Mallory', {
      version: 2,
      quizzes: {},
      scenarios,
      exercises: { 'fix-fargate-size': { status: 'passed' } },
    });
    expect(file.buffer.length).toBeGreaterThan(2_500_000);
    await page.getByLabel(/Progress files/).setInputFiles([file]);
    await expect(page.getByText('1 learners, 1 rows shown')).toBeVisible();
    await expect(
      page.getByText(/Mallory\.json: 140000 unknown ids ignored \(made-up-scenario-0, /),
    ).toBeVisible();
    await expect(page.locator('[data-body] tr')).toHaveCount(1);
  });

  test('100,000 rows are paged, and filtering and sorting stay fast', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto('/en/workshop/dashboard/');
    const catalogue = JSON.parse(
      (await page.locator('.dojo-dashboard').getAttribute('data-catalogue')) ?? '{}',
    ) as { exercises: string[]; scenarios: string[] };
    const perLearner = catalogue.exercises.length + catalogue.scenarios.length;
    const learners = Math.ceil(100_000 / perLearner);
    const files = Array.from({ length: learners }, (_, n) =>
      progressFile(`learner-${n}`, {
        version: 2,
        quizzes: {},
        scenarios: Object.fromEntries(catalogue.scenarios.map((id) => [id, 'passed'])),
        exercises: Object.fromEntries(
          catalogue.exercises.map((id, i) => [id, { status: (i + n) % 3 === 0 ? 'in-progress' : 'passed' }]),
        ),
      }),
    );
    const started = Date.now();
    await page.getByLabel(/Progress files/).setInputFiles(files);
    await expect(page.getByText(`${learners} learners, ${learners * perLearner} rows shown`)).toBeVisible({
      timeout: 60_000,
    });
    const loadMs = Date.now() - started;
    await expect(page.locator('[data-body] tr')).toHaveCount(100);
    await expect(page.getByText(`Rows 1–100 of ${learners * perLearner}`)).toBeVisible();

    // Filtering and sorting run synchronously: time them inside the page.
    const timed = (action: string) =>
      page.evaluate((what) => {
        const root = document.querySelector('.dojo-dashboard');
        const filter = root?.querySelector<HTMLInputElement>('#dojo-filter');
        const start = performance.now();
        if (what === 'filter' && filter) {
          filter.value = 'learner-12';
          filter.dispatchEvent(new Event('input'));
        } else if (what === 'render' && filter) {
          filter.value = '';
          filter.dispatchEvent(new Event('input'));
        } else root?.querySelectorAll<HTMLButtonElement>('[data-head] button')[4]?.click();
        return performance.now() - start;
      }, action);
    const filterMs = await timed('filter');
    await expect(page.locator('[data-body] tr').first()).toContainText('learner-12');
    const renderMs = await timed('render');
    const sortMs = await timed('sort');
    testInfo.annotations.push({
      type: 'dashboard-100k',
      description: `rows ${learners * perLearner}; load ${loadMs} ms; filter ${filterMs.toFixed(0)} ms; unfiltered render ${renderMs.toFixed(0)} ms; sort ${sortMs.toFixed(0)} ms`,
    });
    process.stdout.write(`${testInfo.annotations.at(-1)?.description ?? ''}\n`);
    // Budgets from the issue are 1 s to render and 0.1 s to filter on a normal machine; CI machines
    // are shared, so the test allows headroom while still catching the old 16 s and 5 s.
    expect(renderMs).toBeLessThan(1_000);
    expect(filterMs).toBeLessThan(1_000);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText(`Rows 101–200 of ${learners * perLearner}`)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an import on My progress ignores ids the course does not have, and says so', async ({ page }) => {
    await page.goto('/en/progress/');
    await page.getByLabel('Progress file (.json)').setInputFiles(
      progressFile('Eve', {
        version: 2,
        quizzes: { 'no-such-quiz': { choice: 0, correct: true } },
        scenarios: { 'rolling-unstick': 'passed', 'junk-1': 'passed', 'junk-2': 'passed' },
        lessons: { 'lessons/99-nowhere': '2026-12-01T00:00:00.000Z' },
      }),
    );
    const status = page.getByRole('status').filter({ hasText: 'Imported' });
    await expect(status).toContainText(
      '4 unknown ids ignored (no-such-quiz, junk-1, junk-2, lessons/99-nowhere)',
    );
    const stored = await page.evaluate(() => localStorage.getItem('ecs-dojo:progress') ?? '');
    expect(stored).toContain('rolling-unstick');
    expect(stored).not.toContain('junk-1');
    expect(stored).not.toContain('no-such-quiz');
  });
});
