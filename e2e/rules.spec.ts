import { expect, seriousViolations, test } from './fixtures.ts';

test.describe('rules page', () => {
  test('shows the AWS sentence that decides a rule, in both languages', async ({ page }) => {
    await page.goto('/en/rules/');
    const rule = page.locator('#rule-taskdef-role-arn');
    await expect(rule.getByText('What AWS says:')).toBeVisible();
    await expect(rule.locator('q')).toContainText(
      'The short name or full Amazon Resource Name (ARN) of the IAM role',
    );
    await expect(rule.getByRole('link', { name: /API_RegisterTaskDefinition/ })).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
    );
    await page.goto('/rules/');
    const ja = page.locator('#rule-taskdef-image-name');
    await expect(ja.getByText('根拠（AWS の記述）:')).toBeVisible();
    await expect(ja.locator('q')).toHaveAttribute('lang', 'en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('fits a 390 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/rules/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
