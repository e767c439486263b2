import { expect, seriousViolations, test } from './fixtures.ts';

test.describe('rules page', () => {
  // axe reads the whole catalogue (a hundred rules with their examples): give it room on a busy machine.
  test.beforeEach(() => test.setTimeout(90_000));
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

  test("shows a rule's failing and passing example as code, in both languages", async ({ page }) => {
    await page.goto('/en/rules/');
    const rule = page.locator('#rule-taskdef-task-cpu');
    const examples = rule.locator('details.rule__examples');
    await expect(examples.locator('pre').first()).toBeHidden();
    await examples.locator('summary').click();
    await expect(examples.getByText('reported at line 7 (/cpu)')).toBeVisible();
    await expect(examples.locator('pre.example--fail')).toContainText('"cpu": "quarter"');
    await expect(examples.locator('pre.example--pass')).toContainText('"cpu": ".25 vCPU"');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/rules/');
    const ja = page.locator('#rule-input-duplicate-key details.rule__examples');
    await ja.getByText('例を見る').click();
    await expect(ja.getByText(/1 行目（\/family）で報告されます/)).toBeVisible();
    await expect(ja.locator('pre.example--fail')).toContainText('{"family": "a", "family": "b"');
  });

  test('fits a 390 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/rules/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
