import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const EXERCISE = 'exercises/cfn-fargate-service-repair/';

async function editorReady(page: Page) {
  await expect(page.locator('.dojo-ex__monaco[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
  return page.locator('.dojo-ex__monaco');
}

/** Opens a new line under `DesiredCount: 2` of the service, found with Monaco's find widget. */
async function newServiceLine(page: Page) {
  await page.locator('.dojo-ex__monaco .view-line').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('DesiredCount: 2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
}

test.describe('CloudFormation editor', () => {
  // Monaco and the YAML worker (with the CloudFormation schema) start slowly when both test workers
  // load the machine: give each test room beyond the 30 s default.
  test.beforeEach(() => test.setTimeout(90_000));

  test('completes AWS::ECS::Service properties and their enum values from the specification', async ({
    page,
  }) => {
    await page.goto(`/en/${EXERCISE}`);
    await editorReady(page);
    await newServiceLine(page);
    const suggest = page.locator('.suggest-widget');
    /** Opens the suggestions until they contain `label` (the YAML worker may still be starting). */
    const suggests = async (label: string) =>
      expect(async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Space');
        await expect(suggest).toContainText(label, { timeout: 3_000 });
      }).toPass({ timeout: 25_000 });
    await page.keyboard.type('PropagateT');
    await suggests('PropagateTags');
    await page.keyboard.press('Escape');
    await page.keyboard.type('ags: TASK');
    await suggests('TASK_DEFINITION');
  });

  test('the grader flags a misspelt enum value from the specification', async ({ page }) => {
    await page.goto(`/en/${EXERCISE}`);
    await editorReady(page);
    await newServiceLine(page);
    await page.keyboard.type('SchedulingStrategy: replica');
    await page.getByRole('button', { name: 'Grade' }).click();
    await expect(page.locator('.dojo-ex__findings')).toContainText(
      'SchedulingStrategy cannot be "replica". Allowed: DAEMON, REPLICA. Did you mean REPLICA?',
    );
  });

  test('hovers show our Japanese text on the Japanese site', async ({ page }) => {
    await page.goto(`/${EXERCISE}`);
    await editorReady(page);
    await newServiceLine(page);
    // A property the starter does not have (a duplicate key would put the grader's warning first).
    await page.keyboard.type('EnableExecuteCommand: false');
    const word = page
      .locator('.dojo-ex__monaco .view-line span', { hasText: /^EnableExecuteCommand$/ })
      .last();
    const hover = page.locator('.monaco-hover').filter({ hasText: 'ECS Exec を許可する' }).first();
    // The YAML worker may still be starting on a loaded machine: move away and hover again until it answers.
    await expect(async () => {
      await page.mouse.move(0, 0);
      await word.hover();
      await expect(hover).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 60_000 });
  });

  /** URLs of the scripts a page downloads that hold the CloudFormation specification. */
  async function specScripts(page: Page, path: string): Promise<string[]> {
    const found: string[] = [];
    const reads: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!response.url().endsWith('.js')) return;
      reads.push(
        response.text().then(
          (body) => {
            if (body.includes('@aws-cdk/aws-service-spec')) found.push(response.url());
          },
          () => undefined,
        ),
      );
    });
    await page.goto(path);
    await editorReady(page);
    await Promise.all(reads);
    return found;
  }

  test('a CloudFormation exercise downloads the specification', async ({ page }) => {
    expect(await specScripts(page, `/en/${EXERCISE}`)).toHaveLength(1);
  });

  test('a task-definition exercise never downloads the specification, editor included', async ({ page }) => {
    expect(await specScripts(page, '/en/exercises/fargate-taskdef-from-scratch/')).toEqual([]);
  });
});
