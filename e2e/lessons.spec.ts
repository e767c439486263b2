import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, seriousViolations, test } from './fixtures.ts';

// Every lesson the build contains, in both languages.
const dist = join(import.meta.dirname, '..', 'dist');
const slugs = readdirSync(join(dist, 'lessons')).sort();

test('the build contains every chapter in both languages', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(13);
  expect(readdirSync(join(dist, 'en', 'lessons')).sort()).toEqual(slugs);
});

for (const slug of slugs) {
  for (const prefix of ['', '/en']) {
    test(`${prefix || '/ja'} ${slug}: opens with objectives, has a text alternative for each diagram, and passes axe`, async ({
      page,
    }) => {
      // The longest chapters with several widgets take axe a while on a 2-core machine.
      test.setTimeout(90_000);
      await page.goto(`${prefix}/lessons/${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.dojo-lesson-meta__objectives li').first()).toBeVisible();
      for (const figure of await page.locator('figure.dojo-figure [role="img"]').all()) {
        expect((await figure.getAttribute('aria-label'))?.trim().length ?? 0).toBeGreaterThan(10);
      }
      for (const widget of await page.locator('.dw-host').all()) {
        await widget.scrollIntoViewIfNeeded();
        await expect(widget.locator('.dw')).toBeVisible();
      }
      const duplicateIds = await page.evaluate(() => {
        const seen = new Map<string, number>();
        for (const element of document.querySelectorAll('[id]'))
          seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
        return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
      });
      expect(duplicateIds).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
