import { expect, test } from './fixtures.ts';

test.describe('facilitator timer', () => {
  test('its state survives a reload', async ({ page }) => {
    await page.goto('/en/workshop/');
    const timer = page.locator('dojo-timer').first();
    await timer.getByRole('button', { name: 'Next block' }).click();
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.reload();
    const again = page.locator('dojo-timer').first();
    await expect(again.locator('[data-current]')).toHaveText('ECS architecture');
    await expect(again.getByRole('button', { name: 'Pause' })).toBeVisible();
  });

  test('a block that ends is shown, and the opt-in sound is remembered', async ({ page }) => {
    await page.clock.install();
    await page.goto('/en/workshop/');
    const timer = page.locator('dojo-timer').first();
    const sound = timer.getByRole('checkbox', { name: 'Beep when a block ends' });
    await expect(sound).not.toBeChecked();
    await sound.check();
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(10 * 60_000 + 2_000);
    await expect(timer).toHaveAttribute('data-alert', 'true');
    await expect(timer.getByRole('status')).toContainText('Next block: ECS architecture');
    await page.clock.runFor(15_000);
    await expect(timer).not.toHaveAttribute('data-alert', 'true');
    await page.reload();
    await expect(
      page.locator('dojo-timer').first().getByRole('checkbox', { name: 'Beep when a block ends' }),
    ).toBeChecked();
  });
});
