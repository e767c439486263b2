import type { Page } from '@playwright/test';
import { expect, seriousViolations, test } from './fixtures.ts';

const PAGE = '/en/sandbox/terminal/';

/** Types a command into the terminal and presses Enter. */
async function run(page: Page, line: string) {
  await page.locator('.sbx-term .xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

async function terminalReady(page: Page) {
  await expect(page.locator('.sbx-term[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
}

test.describe('sandbox', () => {
  test('the issue’s sequence works in the terminal and the console shows the steady state', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await terminalReady(page);
    await run(page, 'aws ecs create-cluster --cluster-name dojo');
    await run(page, 'aws ecs register-task-definition --cli-input-json file://web.json');
    await run(
      page,
      'aws ecs create-service --cluster dojo --service-name web --task-definition web --desired-count 3 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-1],assignPublicIp=DISABLED}"',
    );
    await run(page, 'dojo advance 5m');
    await run(
      page,
      'aws ecs describe-services --cluster dojo --services web --query "services[0].deployments[0].rolloutState"',
    );
    await expect(page.locator('.sbx-term')).toContainText('"COMPLETED"');
    await expect(page.locator('.sbx-view')).toContainText('(service web) has reached a steady state.');
    // The session survives a reload.
    await page.reload();
    await terminalReady(page);
    await expect(page.locator('.sbx-view')).toContainText('Service web · ACTIVE');
  });

  test('a lab shows its goals and records completion; the page is accessible', async ({ page }) => {
    await page.goto('/en/labs/');
    await page.getByRole('link', { name: 'Start the lab' }).first().click();
    await terminalReady(page);
    await expect(page.getByRole('heading', { name: 'Lab: A first Fargate service' })).toBeVisible();
    await expect(page.locator('.sbx-lab__goals [data-met="true"]')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByText('Show the reference solution').click();
    for (const line of [
      'aws ecs create-cluster --cluster-name dojo',
      'aws ecs register-task-definition --cli-input-json file://web.json',
      'aws ecs create-service --cluster dojo --service-name web --task-definition web --desired-count 2 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-1]}"',
      'dojo advance 2m',
    ])
      await run(page, line);
    await expect(page.locator('.sbx-lab__goals [data-met="true"]')).toHaveCount(3);
    await expect(page.getByText('Every goal is met.')).toBeVisible();
    const progress = await page.evaluate(() => localStorage.getItem('ecs-dojo:progress'));
    expect(progress).toContain('"first-fargate-service":"solved-with-help"');
  });

  test('the file panel grades the file and works on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sandbox/terminal/');
    await terminalReady(page);
    await expect(page.locator('.sbx-files__findings')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('the console charts tasks, the deployment and the scaling metric, with tables, on a phone in dark mode', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/sandbox/terminal/?lab=target-tracking-spike');
  await terminalReady(page);
  await run(
    page,
    'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/dojo/web --scalable-dimension ecs:service:DesiredCount --min-capacity 2 --max-capacity 10',
  );
  await run(
    page,
    'aws application-autoscaling put-scaling-policy --service-namespace ecs --resource-id service/dojo/web --scalable-dimension ecs:service:DesiredCount --policy-name cpu50 --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration "TargetValue=50,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageCPUUtilization}"',
  );
  for (let i = 0; i < 4; i += 1) await run(page, 'dojo advance 5m');
  const view = page.locator('.sbx-view');
  for (const caption of [
    'タスク数: 必要数と実行中',
    'デプロイの進み具合: 実行中のタスクをデプロイ別に',
    'オートスケーリングの指標と目標値',
  ])
    await expect(view.locator('figcaption', { hasText: caption })).toBeVisible();
  await expect(view.locator('.dw-legend', { hasText: '目標値 50%' })).toBeVisible();
  // The text alternative: each chart's numbers as a table.
  const metric = view.locator('figure', { hasText: 'オートスケーリングの指標と目標値' });
  await metric.getByText('数値を表で見る').click();
  await expect(metric.locator('tbody tr')).toHaveCount(5);
  await expect(metric.locator('thead')).toContainText('時刻 (UTC)');
  // Labels are drawn at 12 px and the chart at its box's width, so they show at 12 px on a phone.
  const sizes = await view
    .locator('svg.dw-chart')
    .first()
    .evaluate((svg) => ({
      drawn: (svg as SVGSVGElement).width.baseVal.value,
      shown: svg.getBoundingClientRect().width,
      font: parseFloat(getComputedStyle(svg.querySelector('.dw-chart__label') as Element).fontSize),
    }));
  expect(sizes.font).toBeGreaterThanOrEqual(12);
  expect(Math.abs(sizes.drawn - sizes.shown)).toBeLessThan(6);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // An opened table stays open while time runs.
  await run(page, 'dojo advance 1m');
  await expect(metric.locator('tbody tr')).toHaveCount(6);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/en/sandbox/terminal/?lab=target-tracking-spike');
  await terminalReady(page);
  await expect(view.locator('figcaption', { hasText: 'Auto scaling metric and its target' })).toBeVisible();
  await expect(view.locator('figcaption', { hasText: 'Deployment progress' })).toBeVisible();
});

test('a copied link opens the same session in another browser', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGE);
  await terminalReady(page);
  await run(page, 'aws ecs create-cluster --cluster-name shared-dojo');
  await expect(page.locator('.sbx-view')).toContainText('Cluster shared-dojo');
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  await expect(page.locator('.sbx-session__status')).not.toBeEmpty();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#');
  const other = await browser.newPage();
  try {
    await other.goto(link);
    await expect(other.locator('.sbx-term[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
    await expect(other.locator('.sbx-view')).toContainText('Cluster shared-dojo');
  } finally {
    await other.close();
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the sandbox starts and runs commands without a network after one visit', async ({
    page,
    context,
  }) => {
    await page.goto(PAGE);
    await terminalReady(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    try {
      await page.reload();
      await terminalReady(page);
      await run(page, 'aws ecs create-cluster --cluster-name offline-dojo');
      await expect(page.locator('.sbx-view')).toContainText('Cluster offline-dojo');
    } finally {
      await context.setOffline(false);
    }
  });
});

test('Esc then Tab leaves the terminal (no keyboard trap); Tab alone completes', async ({ page }) => {
  await page.goto(PAGE);
  await terminalReady(page);
  const input = page.locator('.sbx-term .xterm-helper-textarea');
  await input.focus();
  await page.keyboard.type('aws ecs list-clu');
  await page.keyboard.press('Tab');
  await expect(page.locator('.sbx-term')).toContainText('aws ecs list-clusters');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(input).not.toBeFocused();
});
