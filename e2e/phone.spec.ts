import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

/**
 * Every lesson, exercise, scenario and workshop page on a 390 × 844 phone, in both languages: the
 * page never scrolls sideways, no text in a diagram or chart renders smaller than 11 px (measured
 * from the rendered boxes: font size × the SVG's scale on screen), and every control can be reached.
 */
const DIST = 'dist';
const SECTIONS = ['lessons', 'exercises', 'scenarios', 'workshop'];

function pagesUnder(prefix: string): string[] {
  const pages: string[] = [];
  for (const section of SECTIONS) {
    const dir = join(DIST, prefix, section);
    if (!existsSync(dir)) continue;
    // A section without an index page (lessons) is not a page: visiting it would only show the 404 page.
    if (existsSync(join(dir, 'index.html'))) pages.push(`/${prefix ? `${prefix}/` : ''}${section}/`);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
        pages.push(`/${prefix ? `${prefix}/` : ''}${section}/${entry.name}/`);
    }
  }
  return pages;
}

const PAGES = [...pagesUnder(''), ...pagesUnder('en')];
const MIN_TEXT_PX = 11;

test.describe('phones (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the crawl finds every kind of page', () => {
    for (const section of SECTIONS)
      expect(PAGES.filter((p) => p.startsWith(`/${section}/`)).length).toBeGreaterThan(1);
  });

  for (const path of PAGES) {
    test(`${path} fits, its diagram and chart text is readable, its controls are reachable`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.goto(path);
      // Scroll through so that widgets start and draw their charts.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 700) {
          scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      await page.waitForTimeout(300);
      // A lesson's sections clip what overflows them (content-visibility: auto contains their paint),
      // so something too wide would be cut off rather than scroll the page. Drawn without containment,
      // it widens the page and the check below sees it.
      await page.addStyleTag({ content: '.dojo-section { content-visibility: visible !important; }' });
      const report = await page.evaluate((minText) => {
        const width = document.documentElement.clientWidth;
        const overflow = document.documentElement.scrollWidth - width;
        const small: string[] = [];
        for (const text of document.querySelectorAll<SVGTextElement>(
          'figure svg text, .dw-chart text, svg.dojo-diagram text',
        )) {
          const box = text.getBoundingClientRect();
          if (box.width === 0 || text.closest('[hidden], details:not([open])')) continue;
          const matrix = text.getScreenCTM();
          // Rotated text (a vertical axis title) scales by the length of the matrix's first column.
          const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
          const size = parseFloat(getComputedStyle(text).fontSize) * scale;
          if (size < minText - 0.01)
            small.push(`${(text.textContent ?? '').slice(0, 30)} (${size.toFixed(1)} px)`);
        }
        const unreachable: string[] = [];
        for (const control of document.querySelectorAll<HTMLElement>(
          'main button, main input, main select, main textarea, main a[href]',
        )) {
          const box = control.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          const style = getComputedStyle(control);
          if (style.visibility === 'hidden') continue;
          const left = box.left + scrollX;
          let clipped = false;
          for (let parent = control.parentElement; parent; parent = parent.parentElement) {
            if (/(auto|scroll)/.test(getComputedStyle(parent).overflowX)) {
              clipped = true;
              break;
            }
          }
          if (!clipped && (left < -1 || left + Math.min(box.width, 44) > width + 1))
            unreachable.push(
              `${control.tagName.toLowerCase()} ${(control.textContent ?? control.getAttribute('aria-label') ?? '').trim().slice(0, 30)}`,
            );
        }
        // Every figure shows one drawing that fits: nothing in it scrolls sideways.
        const sideways: string[] = [];
        for (const figure of document.querySelectorAll<HTMLElement>('figure.dojo-figure')) {
          const shown = [...figure.querySelectorAll<SVGSVGElement>('svg')].filter(
            (svg) => svg.getBoundingClientRect().width > 0,
          );
          const frame = figure.getBoundingClientRect();
          const wide = shown.filter((svg) => {
            const box = svg.getBoundingClientRect();
            return box.left < frame.left - 1 || box.right > frame.right + 1;
          });
          const scrolls = [figure, ...figure.querySelectorAll<HTMLElement>('div')].some(
            (element) => element.scrollWidth > element.clientWidth + 1,
          );
          if (shown.length !== 1 || wide.length > 0 || scrolls)
            sideways.push(
              figure.querySelector('[role="img"]')?.getAttribute('aria-label')?.slice(0, 40) ?? '?',
            );
        }
        return {
          overflow,
          small: small.slice(0, 10),
          unreachable: unreachable.slice(0, 10),
          sideways,
        };
      }, MIN_TEXT_PX);
      expect(report.overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      expect(report.small, `diagram or chart text under ${MIN_TEXT_PX} px`).toEqual([]);
      expect(report.unreachable, 'controls outside the screen').toEqual([]);
      expect(report.sideways, 'figures that scroll sideways or show other than one drawing').toEqual([]);
    });
  }

  test('a figure shows its phone drawing on a phone, with readable text and no sideways scrolling', async ({
    page,
  }) => {
    for (const path of ['/lessons/02-task-definitions/', '/en/lessons/02-task-definitions/']) {
      await page.goto(path);
      // Figure 2-2 (start order), the first drawing given a phone layout.
      const figure = page
        .locator('figure.dojo-figure')
        .filter({ has: page.getByRole('img', { name: /init-config/ }) });
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator('.dojo-figure__phone svg')).toBeVisible();
      await expect(figure.locator('.dojo-figure__wide svg')).toBeHidden();
      const sizes = await figure.locator('.dojo-figure__phone svg text').evaluateAll((texts) =>
        texts.map((text) => {
          const matrix = (text as SVGTextElement).getScreenCTM();
          return parseFloat(getComputedStyle(text).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
        }),
      );
      expect(sizes.length).toBeGreaterThan(10);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    }
    // On a desktop the same figure shows the wide drawing.
    await page.setViewportSize({ width: 1280, height: 900 });
    const figure = page
      .locator('figure.dojo-figure')
      .filter({ has: page.getByRole('img', { name: /init-config/ }) });
    await expect(figure.locator('.dojo-figure__wide svg')).toBeVisible();
    await expect(figure.locator('.dojo-figure__phone svg')).toBeHidden();
  });
});
