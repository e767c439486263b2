import { expect, seriousViolations, test } from './fixtures.ts';

test.describe('simulator widgets', () => {
  test('the capacity split responds to its controls and keeps its state in the URL', async ({ page }) => {
    await page.goto('/en/sandbox/');
    const widget = page.locator('dojo-capacity-split');
    await expect(widget.getByText(/FARGATE_SPOT: 6 tasks/)).toBeVisible();
    await widget.getByLabel('Desired count').fill('22');
    await widget.getByLabel('Desired count').press('Enter');
    await expect(widget.getByText(/FARGATE: 7 tasks/)).toBeVisible();
    await expect(widget.getByText(/FARGATE_SPOT: 15 tasks/)).toBeVisible();
    expect(new URL(page.url()).searchParams.get('split')).toBeTruthy();

    await page.reload();
    await expect(page.locator('dojo-capacity-split').getByText(/FARGATE_SPOT: 15 tasks/)).toBeVisible();

    const copy = page.url();
    await page.goto('/en/');
    await page.goto(copy);
    await expect(page.locator('dojo-capacity-split').getByText(/FARGATE: 7 tasks/)).toBeVisible();
  });

  test('the capacity split explains an invalid strategy instead of breaking', async ({ page }) => {
    await page.goto('/en/sandbox/');
    const widget = page.locator('dojo-capacity-split');
    await widget.getByLabel('Base').nth(1).fill('1');
    await widget.getByLabel('Base').nth(1).press('Enter');
    await expect(widget.getByText('The strategy is not valid')).toBeVisible();
    await widget.getByRole('button', { name: 'Reset to start' }).click();
    await expect(widget.getByText(/FARGATE_SPOT: 6 tasks/)).toBeVisible();
  });

  test('the rolling deployment player steps, scrubs and reports the outcome', async ({ page }) => {
    await page.goto('/en/sandbox/');
    const player = page.locator('dojo-rolling-player');
    await player.scrollIntoViewIfNeeded();
    await expect(player.getByRole('button', { name: 'Play' })).toBeVisible();
    await player.getByRole('button', { name: 'Next event' }).click();
    await expect(player.getByRole('listitem').filter({ hasText: 'deployment started' })).toBeVisible();
    const slider = player.getByRole('slider', { name: 'Time' });
    const max = await slider.getAttribute('max');
    await slider.fill(max ?? '0');
    await expect(player.getByText(/Outcome: deployment completed/)).toBeVisible();
    await expect(player.getByText('has reached a steady state', { exact: false })).toBeVisible();

    await player.getByLabel('The new version').selectOption('fail-start');
    const maxAfter = await player.getByRole('slider', { name: 'Time' }).getAttribute('max');
    await player.getByRole('slider', { name: 'Time' }).fill(maxAfter ?? '0');
    await expect(player.getByText(/Outcome: rolled back/)).toBeVisible();
  });

  test('the rolling deployment player plays by itself', async ({ page }) => {
    await page.goto('/en/sandbox/');
    const player = page.locator('dojo-rolling-player');
    await player.scrollIntoViewIfNeeded();
    await player.getByLabel('Speed').selectOption('120');
    await player.getByRole('button', { name: 'Play' }).click();
    await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(player.getByText(/Outcome: deployment completed/)).toBeVisible({ timeout: 15_000 });
  });

  test('the blue/green widget rolls back when a hook fails', async ({ page }) => {
    await page.goto('/sandbox/');
    const widget = page.locator('dojo-blue-green');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.getByText(/完了: すべてのトラフィックがグリーンへ/)).toBeVisible();
    await widget.getByLabel('失敗させるライフサイクルフック').selectOption('POST_TEST_TRAFFIC_SHIFT');
    await expect(widget.getByText(/ロールバック: トラフィックはブルーに戻りました/)).toBeVisible();
  });

  test('the auto scaling widget reports capacity and reacts to a schedule', async ({ page }) => {
    await page.goto('/en/sandbox/');
    const widget = page.locator('dojo-auto-scaling');
    await widget.scrollIntoViewIfNeeded();
    await widget.getByLabel('Load pattern').selectOption('spike');
    const summary = widget.getByRole('status').filter({ hasText: 'Peak desired count' });
    await expect(summary).toContainText(/could not keep up with demand: [1-9]/);
    await widget.getByLabel(/Raise the minimum/).check();
    await widget.getByLabel('Raised minimum').fill('14');
    await widget.getByLabel('Raised minimum').press('Enter');
    await expect(summary).toContainText('could not keep up with demand: 0.');
  });

  test('a broken state in the URL falls back to the start state', async ({ page }) => {
    await page.goto('/en/sandbox/?split=%%%&rolling=eyJkZXNpcmVkIjoiYmFkIn0&scaling=_____');
    await expect(page.locator('dojo-capacity-split').getByText(/FARGATE_SPOT: 6 tasks/)).toBeVisible();
  });

  test('axe finds no serious issues on the sandbox', async ({ page }) => {
    await page.goto('/en/sandbox/');
    for (const tag of [
      'dojo-capacity-split',
      'dojo-rolling-player',
      'dojo-blue-green',
      'dojo-auto-scaling',
    ]) {
      await page.locator(tag).scrollIntoViewIfNeeded();
      await expect(page.locator(tag).getByRole('button', { name: 'Reset to start' })).toBeVisible();
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('scenarios', () => {
  test('a scenario is solved end to end and recorded', async ({ page }) => {
    await page.goto('/en/scenarios/split-spot-seventy/');
    const goals = page.locator('.dojo-goal');
    await expect(goals.filter({ hasText: 'At least 7 tasks' })).toHaveAttribute('data-passed', 'false');
    await page.getByRole('button', { name: 'Show a hint' }).click();
    await expect(page.getByText('The base is placed before any weight applies.')).toBeVisible();

    const widget = page.locator('dojo-capacity-split');
    await widget.getByLabel('Weight').first().fill('0');
    await widget.getByLabel('Weight').first().press('Enter');
    await widget.getByLabel('Weight').nth(1).fill('1');
    await widget.getByLabel('Weight').nth(1).press('Enter');
    await expect(goals.filter({ hasText: 'At least 7 tasks' })).toHaveAttribute('data-passed', 'true');
    await expect(page.getByText('Solved. Your progress is saved.')).toBeVisible();
    const next = page.getByRole('link', { name: 'Next scenario: One to four, no base' });
    await expect(next).toBeVisible();
    await expect(next).toHaveAttribute('href', /\/en\/scenarios\/split-weights-only\/$/);

    await page.goto('/en/scenarios/');
    await expect(page.locator('li[data-scenario="split-spot-seventy"]')).toContainText('solved');
  });

  test('the goals are checked even when the widget is ready before the scenario script', async ({ page }) => {
    // Scripts run in an order the network decides: hold the scenario's back until the widget has drawn.
    await page.route(/ScenarioPage\.astro_astro_type_script.*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto('/en/scenarios/split-spot-seventy/');
    await expect(page.locator('dojo-capacity-split .dw')).toBeVisible();
    await expect(page.locator('.dojo-goal').filter({ hasText: 'At least 7 tasks' })).toHaveAttribute(
      'data-passed',
      'false',
    );
  });

  test('no next scenario is offered before a pass', async ({ page }) => {
    await page.goto('/en/scenarios/split-spot-seventy/');
    await expect(page.locator('.dojo-goal').filter({ hasText: 'At least 7 tasks' })).toHaveAttribute(
      'data-passed',
      'false',
    );
    await expect(page.getByRole('link', { name: /^Next scenario/ })).toHaveCount(0);
  });

  test('the last scenario points back to the list after a pass', async ({ page }) => {
    await page.goto('/en/scenarios/scaling-morning-spike/');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Show the solution' }).click();
    await expect(page.getByRole('link', { name: /This is the last scenario/ })).toBeVisible();
  });

  test('showing the solution records the scenario as solved with help', async ({ page }) => {
    await page.goto('/scenarios/rolling-auto-rollback/');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '解答例を見る' }).click();
    await expect(
      page.getByText('「ヒントを見て解いた」として記録しました。', { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: '次のシナリオへ: 進まないデプロイを直す' })).toHaveAttribute(
      'href',
      /\/scenarios\/rolling-unstick\/$/,
    );
    await page.goto('/scenarios/');
    await expect(page.locator('li[data-scenario="rolling-auto-rollback"]')).toContainText(
      '解答例を見て解いた',
    );
  });

  test('axe finds no serious issues on a scenario page', async ({ page }) => {
    await page.goto('/scenarios/scaling-morning-spike/');
    await page.locator('dojo-auto-scaling').scrollIntoViewIfNeeded();
    await expect(
      page.locator('dojo-auto-scaling').getByRole('button', { name: '最初の状態に戻す' }),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('cost estimator', () => {
  test('compares Fargate, Spot and EC2 and refuses prices it does not have', async ({ page }) => {
    await page.goto('/en/sandbox/');
    const widget = page.locator('dojo-cost-estimator');
    await widget.scrollIntoViewIfNeeded();
    const rows = widget.locator('table.dw-cost tr');
    await expect(rows.nth(0)).toContainText('$89.98');
    await expect(rows.nth(1)).toContainText('$26.99');
    await expect(rows.nth(2)).toContainText('$79.42');
    await widget.getByLabel('CPU architecture').selectOption('ARM64');
    await expect(rows.nth(0)).toContainText('not in ECS Dojo’s price data');
    await widget.getByLabel('Region').selectOption('us-east-1');
    await expect(rows.nth(0)).toContainText('$');
    await widget.getByText('Price sources and dates').click();
    await expect(widget.locator('.dw-sources li').first()).toBeVisible();
  });
});
