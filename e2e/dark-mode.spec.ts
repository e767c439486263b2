import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

/**
 * The learner and facilitator pages in Starlight's dark theme: axe's colour-contrast rule (4.5:1 for
 * text) finds nothing, and no panel keeps a light background behind dark-theme text.
 */
const PAGES = [
  '/progress/',
  '/en/progress/',
  '/workshop/',
  '/workshop/dashboard/',
  '/en/workshop/dashboard/',
  '/workshop/certificate/',
  '/en/workshop/certificate/',
  '/exercises/',
  '/en/exercises/',
  '/labs/',
  '/en/labs/',
  '/sandbox/',
  '/en/sandbox/',
];

/** Some progress, so status marks, counts and the certificate's table are on the page too. */
const PROGRESS = JSON.stringify({
  version: 2,
  quizzes: {},
  scenarios: { 'split-spot-seventy': 'passed', 'rolling-auto-rollback': 'solved-with-help' },
  exercises: {
    'alb-target-group-ip': { status: 'passed', completedAt: '2026-12-01T10:00:00.000Z' },
  },
  lessons: { '02-task-definitions': '2026-12-01' },
  labs: { 'first-fargate-service': 'passed' },
});

for (const path of PAGES) {
  test(`${path} has readable colours in dark mode`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.addInitScript((progress) => {
      localStorage.setItem('starlight-theme', 'dark');
      localStorage.setItem('ecs-dojo:progress', progress);
    }, PROGRESS);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Scroll through so that lazy widgets and charts render before the check.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 700) {
        scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    });
    await page.waitForTimeout(400);
    const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    const failing = contrast.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    );
    expect(failing, 'text under 4.5:1 in dark mode').toEqual([]);
    const white = await page.evaluate(() => {
      const out: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('main *')) {
        const box = element.getBoundingClientRect();
        if (box.width < 40 || box.height < 20) continue;
        const match = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(
          getComputedStyle(element).backgroundColor,
        );
        if (!match) continue;
        const [r, g, b] = [match[1], match[2], match[3]].map(Number);
        const alpha = match[4] === undefined ? 1 : Number(match[4]);
        if (alpha > 0.5 && (r ?? 0) > 200 && (g ?? 0) > 200 && (b ?? 0) > 200)
          out.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
      return out;
    });
    expect(white, 'light boxes on the dark theme').toEqual([]);
    // axe does not check SVG text: chart and diagram labels against the page background, by hand.
    const faint = await page.evaluate(() => {
      const rgb = (colour: string) =>
        (/rgba?\((\d+), (\d+), (\d+)/.exec(colour) ?? []).slice(1, 4).map(Number);
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = rgb(colour).map((c) => {
          const v = c / 255;
          return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const background = luminance(getComputedStyle(document.body).backgroundColor);
      const out: string[] = [];
      for (const text of document.querySelectorAll<SVGTextElement>('main svg text')) {
        if (text.getBoundingClientRect().width === 0) continue;
        const fill = luminance(getComputedStyle(text).fill);
        const ratio = (Math.max(fill, background) + 0.05) / (Math.min(fill, background) + 0.05);
        if (ratio < 4.5) out.push(`${(text.textContent ?? '').slice(0, 20)} (${ratio.toFixed(2)}:1)`);
      }
      return out;
    });
    expect(faint, 'SVG text under 4.5:1 against the dark page').toEqual([]);
  });
}

test('the facilitator dashboard with learners loaded has readable colours in dark mode', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/workshop/dashboard/');
  const file = (learner: string, status: string) => ({
    name: `${learner}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        kind: 'ecs-dojo-progress',
        version: 2,
        exportedAt: '2026-12-01',
        learner,
        progress: {
          version: 2,
          quizzes: {},
          scenarios: { 'rolling-unstick': 'passed' },
          exercises: { 'fix-fargate-size': { status }, 'native-canary': { status: 'in-progress' } },
        },
      }),
    ),
  });
  await page
    .getByLabel(/Progress files/)
    .setInputFiles([file('Aoi', 'passed'), file('Ren', 'solved-with-help')]);
  await expect(page.getByText(/2 learners/)).toBeVisible();
  const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  const failing = contrast.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  );
  expect(failing, 'text under 4.5:1 in dark mode').toEqual([]);
});
