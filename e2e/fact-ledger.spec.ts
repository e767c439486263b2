import { expect, seriousViolations, test } from './fixtures.ts';

// The fact ledger (src/aws) on the simulator page and the rules page, in both languages.
const PAGES = [
  { path: '/simulator/how-it-works/', checked: '最終確認日', sources: '出典' },
  { path: '/en/simulator/how-it-works/', checked: 'Last checked', sources: 'Sources' },
  { path: '/rules/', checked: '最終確認日', sources: '出典' },
  { path: '/en/rules/', checked: 'Last checked', sources: 'Sources' },
];

for (const { path, checked, sources } of PAGES) {
  test(`${path} lists each AWS fact with its source and checked date`, async ({ page }) => {
    // axe reads the whole rules catalogue (a hundred rules with their examples) on a busy machine.
    if (path.endsWith('/rules/')) test.setTimeout(90_000);
    await page.goto(path);
    const sizes = page.locator('#fact-fargate-task-sizes');
    await expect(sizes).toContainText('32 vCPU');
    await expect(sizes).toContainText(`${checked}: 2026-12-06`);
    await expect(sizes).toContainText(sources);
    await expect(sizes.getByRole('link', { name: /cfn-lint\/pull\/4668/ })).toHaveAttribute(
      'href',
      'https://github.com/aws-cloudformation/cfn-lint/pull/4668',
    );
    await expect(page.locator('#fact-price-fargate-ap-northeast-1 time')).toHaveAttribute(
      'datetime',
      '2025-09-01',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the ledger fits a 390 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/rules/');
  await page.locator('#aws-facts').scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
