import { expect, test } from './fixtures.ts';

/**
 * A lesson's content between headings is a section whose layout the browser skips while it is far from
 * the screen (src/integrations/lesson-sections.ts, content-visibility: auto). What a reader must not
 * notice: headings and anchors land where they should, every table or code block that scrolls sideways
 * can be reached with Tab, and nothing stays unrendered once it is on screen.
 */
const LESSON = '/lessons/04-services-autoscaling/';

/** Whether the browser currently skips the layout of a section's content (content-visibility: auto). */
const skipped = (which: string) => {
  const sections = document.querySelectorAll('.sl-markdown-content > .dojo-section');
  const section = sections[which === 'first' ? 0 : sections.length - 1];
  return !section?.firstElementChild?.checkVisibility({ contentVisibilityAuto: true });
};

test.describe('lesson sections on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('only the sections near the screen are laid out; a far one is drawn once it scrolls near', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const sections = page.locator('.sl-markdown-content > .dojo-section');
    expect(await sections.count()).toBeGreaterThan(10);
    // The lesson's headings stay outside the sections.
    expect(await page.locator('.dojo-section > :is(h2, h3, .sl-heading-wrapper)').count()).toBe(0);
    expect(await page.locator('.sl-markdown-content > .sl-heading-wrapper').count()).toBeGreaterThan(10);
    expect(await page.evaluate(skipped, 'first')).toBe(false);
    expect(await page.evaluate(skipped, 'last')).toBe(true);
    await sections.last().scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(skipped, 'last')).toBe(false);
  });

  test('every table and code block that scrolls sideways is focusable from the start, even far down', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(table, .expressive-code pre)')]
        // Reading the sizes forces the layout of a skipped section: this is the width a reader will see.
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .filter((element) => element.getAttribute('tabindex') !== '0')
        .map((element) => element.textContent?.slice(0, 40)),
    );
    expect(missing).toEqual([]);
    // Chapter 4 has wide tables and code blocks well below the first screen.
    const farScrollers = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.sl-markdown-content > .dojo-section')]
          .slice(4)
          .flatMap((section) => [...section.querySelectorAll<HTMLElement>('table, .expressive-code pre')])
          .filter((element) => element.scrollWidth > element.clientWidth + 1).length,
    );
    expect(farScrollers).toBeGreaterThan(3);
  });

  test('an address with an anchor far down the page opens on that heading', async ({ page }) => {
    await page.goto(`${LESSON}#${encodeURIComponent('確認問題')}`);
    const heading = page.locator('[id="確認問題"]');
    await expect(heading).toBeInViewport();
    await page.waitForTimeout(500);
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });
});

test.describe('lesson sections on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a table-of-contents link lands on its heading, far down the page', async ({ page }) => {
    await page.goto(LESSON);
    const link = page.locator('starlight-toc a').last();
    const hash = (await link.getAttribute('href')) ?? '';
    expect(hash).toMatch(/^#/);
    await link.click();
    const heading = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
    await expect(heading).toBeInViewport();
    // The heading sits near the top, under the site header, after the sections around it are drawn.
    await page.waitForTimeout(300);
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });

  test('code blocks that fit lose their tab stop once their section comes near the screen', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const section = page.locator('.sl-markdown-content > .dojo-section').filter({
      has: page.locator('.expressive-code pre'),
    });
    const far = section.last();
    const fits = () =>
      far
        .locator('.expressive-code pre')
        .evaluateAll((pres) =>
          pres.filter((pre) => pre.scrollWidth <= pre.clientWidth).map((pre) => pre.getAttribute('tabindex')),
        );
    // Until then, it keeps one: skipped content is not measured.
    expect((await fits()).every((tabindex) => tabindex === '0')).toBe(true);
    await far.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await fits()).filter((tabindex) => tabindex !== null)).toEqual([]);
    expect((await fits()).length).toBeGreaterThan(0);
  });

  test('printing draws every section', async ({ page }) => {
    await page.goto(LESSON);
    expect(await page.evaluate(skipped, 'last')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    // The browser settles content-visibility when it next renders, not at once.
    await expect.poll(() => page.evaluate(skipped, 'last')).toBe(false);
  });
});
