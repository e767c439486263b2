import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Rendered boxes and font sizes (px on screen) of a chart's labels. */
async function labels(chart: Locator) {
  return chart.locator('text').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      const matrix = (node as SVGTextElement).getScreenCTM();
      const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
      return {
        text: node.textContent ?? '',
        size: parseFloat(getComputedStyle(node).fontSize) * scale,
        box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      };
    }),
  );
}

function overlaps(a: { box: DOMRectLike }, b: { box: DOMRectLike }) {
  return (
    a.box.left < b.box.right &&
    b.box.left < a.box.right &&
    a.box.top < b.box.bottom &&
    b.box.top < a.box.bottom
  );
}
type DOMRectLike = { left: number; right: number; top: number; bottom: number };

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test.describe(`charts at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the auto scaling chart has readable labels, hours on its time axis and no overlaps', async ({
      page,
    }) => {
      await page.goto('/en/lessons/04-services-autoscaling/');
      const widget = page.locator('dojo-auto-scaling');
      await widget.scrollIntoViewIfNeeded();
      const chart = widget.locator('svg.dw-chart').first();
      await expect(chart).toBeVisible();
      await page.waitForTimeout(300);
      const found = await labels(chart);
      for (const label of found)
        expect(label.size, label.text).toBeGreaterThanOrEqual(viewport.width < 500 ? 11.5 : 12);
      const texts = found.map((label) => label.text);
      expect(texts).toEqual(expect.arrayContaining(['00:00', '12:00', '24:00']));
      expect(texts.filter((text) => text === '00:00')).toHaveLength(1);
      for (const [index, label] of found.entries())
        for (const other of found.slice(index + 1))
          expect(overlaps(label, other), `${label.text} / ${other.text}`).toBe(false);
    });
  });
}

test.describe('phones', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the capacity split widget fits a phone', async ({ page }) => {
    await page.goto('/en/sandbox/');
    await page.locator('dojo-capacity-split').scrollIntoViewIfNeeded();
    await expect(page.locator('dojo-capacity-split').getByText(/FARGATE_SPOT: 6 tasks/)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the rolling player shows 500 tasks (its limit) as counts, not 500 tiles', async ({ page }) => {
    await page.goto(`/en/sandbox/?rolling=${b64({ desired: 500 })}`);
    const player = page.locator('dojo-rolling-player');
    await player.scrollIntoViewIfNeeded();
    await expect(player.locator('.dw-task-counts')).toBeVisible();
    await expect(player.locator('.dw-task')).toHaveCount(0);
    await expect(player.locator('.dw-task-count').first()).toContainText(/v1 · healthy: 500/);
    const height = await player.evaluate((node) => node.getBoundingClientRect().height);
    expect(height).toBeLessThan(2500);
  });
});

test('simulator input errors are Japanese on the Japanese site', async ({ page }) => {
  const state = {
    rows: [
      { provider: 'FARGATE', base: 0, weight: 0 },
      { provider: 'FARGATE_SPOT', base: 0, weight: 0 },
    ],
    desired: 10,
    cpu: 512,
    memory: 1024,
    region: 'ap-northeast-1',
  };
  await page.goto(`/sandbox/?split=${b64(state)}`);
  const split = page.locator('dojo-capacity-split');
  await split.scrollIntoViewIfNeeded();
  const error = split.locator('.dw-error');
  await expect(error).toContainText('weight がすべて 0');
  await expect(error).not.toContainText(/must|capacity provider in the strategy/);
});
