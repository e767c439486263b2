import { expect, seriousViolations, test } from './fixtures.ts';

test.describe('home page', () => {
  test('loads in Japanese with the chapter map', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/ECS Dojo/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 2, name: 'ECS Dojo とは' })).toBeVisible();
    await expect(page.getByRole('link', { name: /第1章.*ECS のアーキテクチャ/ })).toBeVisible();
  });

  test('loads in English with the chapter map', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'What ECS Dojo is' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Chapter 1.*ECS architecture/ })).toBeVisible();
  });
});

test.describe('navigation', () => {
  test('the hero button reaches lesson 1, which opens with its objectives', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '第1章から始める' }).click();
    await expect(page).toHaveURL(/\/lessons\/01-architecture\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'ECS のアーキテクチャ' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'この章で身につくこと' })).toBeVisible();
    await expect(page.getByText('所要時間 約25分')).toBeVisible();
  });

  test('the sidebar lists lesson 1 and marks it as the current page', async ({ page }) => {
    await page.goto('/en/lessons/01-architecture/');
    const sidebar = page.getByRole('navigation', { name: 'Main' });
    await expect(sidebar.getByRole('link', { name: 'ECS architecture' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('the language switcher moves between the two editions of a lesson', async ({ page }) => {
    // Starlight's switcher acts once its script has defined it; a choice made before then does nothing.
    const switcherReady = () =>
      page.waitForFunction(() => customElements.get('starlight-lang-select') !== undefined);
    await page.goto('/lessons/01-architecture/');
    await switcherReady();
    await page
      .getByRole('combobox', { name: /言語|Select language/ })
      .first()
      .selectOption({ label: 'English' });
    await expect(page).toHaveURL(/\/en\/lessons\/01-architecture\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'ECS architecture' })).toBeVisible();
    await switcherReady();
    await page
      .getByRole('combobox', { name: /Select language/ })
      .first()
      .selectOption({ label: '日本語' });
    await expect(page).toHaveURL(/\/lessons\/01-architecture\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'ECS のアーキテクチャ' })).toBeVisible();
  });
});

test.describe('diagrams', () => {
  test('each diagram has a text alternative', async ({ page }) => {
    await page.goto('/lessons/01-architecture/');
    const figures = page.locator('figure.dojo-figure [role="img"]');
    await expect(figures).toHaveCount(3);
    for (const figure of await figures.all()) {
      expect((await figure.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(20);
    }
  });
});

test.describe('accessibility', () => {
  for (const path of ['/', '/en/', '/lessons/01-architecture/', '/en/lessons/01-architecture/']) {
    test(`axe finds no serious issues on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('axe finds no serious issues in the dark theme either', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/lessons/01-architecture/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('axe finds no serious issues in the light theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/en/lessons/01-architecture/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the search button names its visible shortcut (WCAG 2.5.3)', async ({ page }) => {
    await page.goto('/en/');
    const button = page.locator('site-search button[data-open-modal]');
    await expect(button).toHaveAccessibleName(/Search.*K/);
  });

  test('the search button keeps its name on a phone, where only its icon shows', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.locator('site-search button[data-open-modal]')).toHaveAccessibleName(/検索/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
