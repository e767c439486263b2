import { expect, test } from './fixtures.ts';

test.describe('rolling deployment player: scheduling strategy', () => {
  test('DAEMON starts from 0 % / 100 % and deploys one task per container instance', async ({ page }) => {
    await page.goto('/en/sandbox/');
    const player = page.locator('dojo-rolling-player');
    await player.scrollIntoViewIfNeeded();
    await player.getByLabel('Scheduling strategy').selectOption('DAEMON');
    await expect(player.getByLabel('Minimum healthy percent')).toHaveValue('0');
    await expect(player.getByLabel('Maximum percent')).toHaveValue('100');
    await expect(player.getByLabel('Desired count')).toHaveCount(0);
    await player.getByLabel('Container instances').fill('5');
    await player.getByLabel('Container instances').press('Enter');
    await expect(player.getByText('at most 5 run or start at once', { exact: false })).toBeVisible();
    const slider = player.getByRole('slider', { name: 'Time' });
    await slider.fill((await slider.getAttribute('max')) ?? '0');
    await expect(player.getByText(/Outcome: deployment completed/)).toBeVisible();
  });

  test('the Japanese edition labels the strategy control', async ({ page }) => {
    await page.goto('/sandbox/');
    const player = page.locator('dojo-rolling-player');
    await player.scrollIntoViewIfNeeded();
    await player.getByLabel('スケジューリング戦略').selectOption('DAEMON');
    await expect(player.getByLabel('コンテナインスタンス数')).toHaveValue('3');
  });
});
