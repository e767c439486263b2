import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

/**
 * The Japanese edition speaks Japanese: every built Japanese page is crawled and UI text (outside
 * lesson prose, code and anything marked as another language) may not be Latin-only, unless it is
 * a proper noun or an AWS identifier. Internal ids (lesson slugs, exercise and scenario ids) are
 * never shown as text.
 */
const DIST = 'dist';

function japanesePages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string, url: string) => {
    if (existsSync(join(dir, 'index.html'))) pages.push(url);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || ['en', '_astro', 'pagefind'].includes(entry.name)) continue;
      walk(join(dir, entry.name), `${url}${entry.name}/`);
    }
  };
  walk(DIST, '/');
  return pages;
}

function idsUnder(section: string): string[] {
  const dir = join(DIST, section);
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
}

/** Names that stay in Latin letters in Japanese too. */
const PROPER_NOUNS = [
  'ECS Dojo',
  'English',
  'Service Connect',
  'Infrastructure as Code',
  'Amazon ECS',
  'ECS Managed Instances',
  'Application Auto Scaling',
  'GitHub Actions',
  'AWS CodePipeline',
  'IaC',
  // A task definition field, shown as the field's name.
  'essential',
  'AWS Fargate',
  'Fargate',
  'Monaco',
  'Starlight',
  'ECS Exec',
  'FireLens',
  'CloudWatch Logs',
  'Blue/Green',
  'Ctrl',
  'JSON',
  'YAML',
  'CSV',
  'ALB',
  'CDK',
];

/** AWS identifiers and values: ENUM_VALUES, Dotted.Names, sizes such as "0.25 vCPU / 0.5 GB". */
const AWS_IDENTIFIER = [
  /^[A-Z0-9_:/.-]+$/,
  /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+$/,
  /^[\d.]+ vCPU \/ [\d.]+ GB$/,
  /^[a-z]+(-[a-z0-9]+)*-\d+$/,
  /^[A-Za-z]+:\S+$/,
  /^[a-z]+([A-Z][a-z0-9]+)+$/,
];

function acceptable(text: string): boolean {
  return PROPER_NOUNS.includes(text) || AWS_IDENTIFIER.some((pattern) => pattern.test(text));
}

const PAGES = japanesePages();
const INTERNAL_IDS = new Set([...idsUnder('exercises'), ...idsUnder('scenarios'), ...idsUnder('lessons')]);

test('the crawl finds the Japanese pages', () => {
  expect(PAGES.length).toBeGreaterThan(40);
  expect(INTERNAL_IDS.size).toBeGreaterThan(20);
});

for (const path of PAGES) {
  test(`${path} has no untranslated UI text and shows no internal ids`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(path);
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 800) {
        scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    });
    await page.waitForTimeout(300);
    const texts = await page.evaluate(() => {
      const skip =
        'code, pre, kbd, samp, .expressive-code, script, style, svg, [lang]:not(html), .monaco-editor, textarea, noscript, [hidden], .sr-only, template, .pagefind-ui';
      const prose =
        '.sl-markdown-content :is(p, li, td, th, h2, h3, h4, strong, em, a, blockquote, figcaption, summary)';
      const out: { text: string; prose: boolean }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        const element = node.parentElement;
        if (!text || !element || element.closest(skip)) continue;
        out.push({ text, prose: Boolean(element.closest(prose)) });
      }
      return out;
    });
    const untranslated = texts
      .filter(
        (item) => !item.prose && /[A-Za-z]{3,}/.test(item.text) && !/[ぁ-んァ-ヶ一-龠ー]/.test(item.text),
      )
      .map((item) => item.text)
      .filter((text) => !acceptable(text));
    expect([...new Set(untranslated)], 'Latin-only UI text on a Japanese page').toEqual([]);
    const ids = texts.map((item) => item.text).filter((text) => INTERNAL_IDS.has(text));
    expect([...new Set(ids)], 'internal ids shown as text').toEqual([]);
  });
}

test('the simulator widgets write their event logs in Japanese', async ({ page }) => {
  await page.goto('/sandbox/');
  const player = page.locator('dojo-rolling-player');
  await player.scrollIntoViewIfNeeded();
  // A failing version with the circuit breaker: starts, failures, the breaker and the rollback.
  await player.getByLabel('新しいバージョンの振る舞い').selectOption('fail-start');
  const slider = player.getByRole('slider');
  await slider.fill((await slider.getAttribute('max')) ?? '0');
  const blueGreen = page.locator('dojo-blue-green');
  await blueGreen.scrollIntoViewIfNeeded();
  await blueGreen.getByLabel('失敗させるライフサイクルフック').selectOption('POST_TEST_TRAFFIC_SHIFT');
  const scaling = page.locator('dojo-auto-scaling');
  await scaling.scrollIntoViewIfNeeded();
  await scaling.getByLabel('負荷のパターン').selectOption('spike');
  await scaling.locator('summary', { hasText: 'スケーリングの記録' }).click();

  const lines = page.locator(':is(dojo-rolling-player, dojo-blue-green, dojo-auto-scaling) .dw-log li');
  await expect(player.locator('.dw-log li').filter({ hasText: 'ロールバック' }).first()).toBeVisible();
  await expect(scaling.locator('.dw-log li').filter({ hasText: 'スケールアウト' }).first()).toBeVisible();
  await expect(blueGreen.locator('.dw-log li').filter({ hasText: 'ロールバック' })).toHaveCount(1);
  const texts = await lines.allInnerTexts();
  expect(texts.length).toBeGreaterThan(10);
  const english = texts.filter((text) => !/[ぁ-んァ-ヶ一-龠ー]/.test(text));
  expect(english, 'event-log lines without Japanese').toEqual([]);
  expect(await page.locator('.dw-log [lang]').count(), 'log lines marked as English').toBe(0);
});
