import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test.describe('glossary', () => {
  test('a lesson links to its terms, which name the setting everywhere', async ({ page }) => {
    await page.goto('/lessons/05-deployments/');
    await page.getByRole('link', { name: '用語集' }).last().click();
    await expect(page).toHaveURL(/\/glossary\/#lesson-05-deployments$/);
    await page
      .locator('#lesson-05-deployments')
      .getByRole('link', { name: /サーキットブレーカー/ })
      .click();
    const term = page.locator('#circuit-breaker');
    await expect(term).toContainText(
      'AWS::ECS::Service.DeploymentConfiguration.DeploymentCircuitBreaker.Rollback',
    );
    await expect(term).toContainText('FargateServiceProps.circuitBreaker');
    await expect(term.getByRole('link', { name: /第5章/ })).toHaveAttribute(
      'href',
      '/lessons/05-deployments/',
    );
  });

  test('fits a phone and has no serious accessibility problems', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/glossary/');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page.locator('#task-role')).toContainText('RegisterTaskDefinitionRequest.taskRoleArn');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).include('main').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);
  });

  test('is in the sidebar of both editions', async ({ page }) => {
    await page.goto('/en/lessons/01-architecture/');
    await expect(page.locator('#starlight__sidebar').getByRole('link', { name: 'Glossary' })).toHaveAttribute(
      'href',
      '/en/glossary/',
    );
    await page.goto('/lessons/01-architecture/');
    await expect(page.locator('#starlight__sidebar').getByRole('link', { name: '用語集' })).toHaveAttribute(
      'href',
      '/glossary/',
    );
  });

  test('is found by search, in Japanese', async ({ page }) => {
    await page.goto('/');
    await page.locator('site-search button[data-open-modal]').click();
    await page.getByRole('dialog').getByRole('textbox').fill('登録解除の遅延');
    await expect(
      page.getByRole('dialog').locator('.pagefind-ui__result').filter({ hasText: '用語集' }).first(),
    ).toBeVisible();
  });
});
