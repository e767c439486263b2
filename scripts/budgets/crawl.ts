/**
 * One crawl of the built site in Chromium, with two workers, that feeds four budgets:
 * - accessibility: axe on every page, no serious or critical violation;
 * - privacy: every request goes to the site's own origin;
 * - links: every internal link reaches a built page, every `#anchor` an id on it (see links.ts);
 * - CSP: no `securitypolicyviolation` event, no console error, no widget that fails to start.
 * It starts from `/` and `/en/`, follows links, and visits every built HTML file, orphans included.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext } from 'playwright-core';
import { builtFileFor, classifyLink, findBrokenLinks, orphanPages, pathOfFile } from './links.ts';
import type { Section } from './report.ts';

/** What the browser saw on one page. */
export interface PageResult {
  path: string;
  axe: { id: string; impact: string; targets: string[] }[];
  thirdParty: string[];
  failedRequests: string[];
  cspViolations: string[];
  /** Uncaught exceptions, and console messages of a blocked resource ("Refused to …"). */
  errors: string[];
  /** Other console errors, reported but not a breach. */
  consoleErrors: string[];
  /** Errors that also happen with the policy bypassed: not caused by the CSP, reported as notes. */
  errorsWithoutCsp: string[];
  hrefs: string[];
  ids: string[];
  /** Widgets on the page, and how many started (rendered content into their host). */
  widgets: { total: number; started: number };
  /** The exercise editor that ran (`monaco` or `textarea`), if the page has one. */
  editor: string | undefined;
  ms: number;
  /** Milliseconds spent loading, waiting for widgets and running axe. */
  phases: { load: number; mount: number; axe: number };
}

declare global {
  interface Window {
    __dojoCspViolations?: string[];
  }
}

/**
 * Waits for Expressive Code's script, which makes code blocks that scroll sideways focusable when the
 * browser is idle (WCAG 2.1.1; axe: scrollable-region-focusable), so axe sees the page as a reader does.
 */
async function settleCodeBlocks(page: import('playwright-core').Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      undefined,
      { timeout: 5_000, polling: 100 },
    )
    .catch(() => undefined);
}

/** True when every widget host has rendered its widget, or given up (`data-mounted="failed"`). */
function widgetsSettled(): boolean {
  return [...document.querySelectorAll<HTMLElement>('.dw-host')].every(
    (host) =>
      host.dataset['mounted'] === 'failed' ||
      (host.dataset['mounted'] === 'true' && host.querySelector(':scope > :not(noscript)') !== null),
  );
}

/**
 * Scrolls each widget and exercise editor into view so it loads, as a reader scrolling down the page
 * does, then waits for it to settle. Each widget starts from an IntersectionObserver, which reports on
 * a later frame (later still when its lesson section must first be laid out), so the crawl waits for
 * each widget to notice before scrolling on, and for every widget to render before judging the page:
 * "network idle" alone can be reached before a widget has even begun to load its code.
 */
async function mountWidgets(page: import('playwright-core').Page): Promise<void> {
  await settleCodeBlocks(page);
  const hosts = page.locator('.dw-host, dojo-exercise');
  const count = await hosts.count();
  for (let index = 0; index < count; index += 1) {
    const host = hosts.nth(index);
    await host.scrollIntoViewIfNeeded();
    const element = await host.elementHandle();
    await page
      .waitForFunction(
        (node) =>
          !node?.classList.contains('dw-host') || (node as HTMLElement).dataset['mounted'] !== undefined,
        element,
        { timeout: 10_000, polling: 50 },
      )
      .catch(() => undefined);
    await element?.dispose();
  }
  if (count === 0) return;
  await page
    .waitForFunction(widgetsSettled, undefined, { timeout: 15_000, polling: 100 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  if ((await page.locator('dojo-exercise').count()) > 0) {
    await page
      .locator('dojo-exercise[data-editor]')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
  }
}

async function visit(context: BrowserContext, origin: string, path: string): Promise<PageResult> {
  const started = Date.now();
  const page = await context.newPage();
  const result: PageResult = {
    path,
    axe: [],
    thirdParty: [],
    failedRequests: [],
    cspViolations: [],
    errors: [],
    consoleErrors: [],
    errorsWithoutCsp: [],
    hrefs: [],
    ids: [],
    widgets: { total: 0, started: 0 },
    editor: undefined,
    ms: 0,
    phases: { load: 0, mount: 0, axe: 0 },
  };
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:|^wss?:/.test(url) && new URL(url).origin !== origin) result.thirdParty.push(url);
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin))
      result.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !(path === '/404.html' && response.url() === `${origin}${path}`)) {
      result.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text().split('\n')[0] ?? '';
    (/^Refused to /.test(text) ? result.errors : result.consoleErrors).push(text);
  });
  page.on('pageerror', (error) => result.errors.push(`uncaught ${error.message.split('\n')[0] ?? ''}`));
  try {
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    result.phases.load = Date.now() - started;
    let mounted = Date.now();
    await mountWidgets(page);
    result.phases.mount = Date.now() - mounted;
    mounted = Date.now();
    const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    result.phases.axe = Date.now() - mounted;
    result.axe = axe.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    const seen = await page.evaluate(() => ({
      hrefs: [...document.querySelectorAll('a[href], area[href]')].map((a) => a.getAttribute('href') ?? ''),
      ids: [
        ...[...document.querySelectorAll('[id]')].map((element) => element.id),
        ...[...document.querySelectorAll('a[name]')].map((element) => element.getAttribute('name') ?? ''),
      ],
      csp: window.__dojoCspViolations ?? [],
      widgets: [...document.querySelectorAll<HTMLElement>('.dw-host')].map(
        (host) =>
          host.dataset['mounted'] === 'true' && host.querySelector(':scope > :not(noscript)') !== null,
      ),
      editor: document.querySelector<HTMLElement>('dojo-exercise')?.dataset['editor'],
    }));
    result.hrefs = seen.hrefs;
    result.ids = seen.ids;
    result.cspViolations = seen.csp;
    result.widgets = { total: seen.widgets.length, started: seen.widgets.filter(Boolean).length };
    result.editor = seen.editor;
  } catch (error) {
    result.errors.push(`crawl: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await page.close();
  }
  result.ms = Date.now() - started;
  return result;
}

/** Visits every page of the site served at `origin` whose files are `files`, with `workers` tabs. */
export async function crawlSite(
  origin: string,
  files: ReadonlySet<string>,
  { workers = 2, chromiumPath = '/usr/bin/chromium' } = {},
): Promise<PageResult[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const queue = ['/', '/en/', ...[...files].filter((file) => file.endsWith('.html')).map(pathOfFile)];
  const queued = new Set<string>();
  const results: PageResult[] = [];
  const next = () => {
    while (queue.length > 0) {
      const path = queue.shift() ?? '';
      const file = builtFileFor(path, files);
      const key = file ?? path;
      if (!queued.has(key)) {
        queued.add(key);
        return file ? pathOfFile(file) : path;
      }
    }
    return undefined;
  };
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      window.__dojoCspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__dojoCspViolations?.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    for (let path = next(); path !== undefined; path = next()) {
      const result = await visit(context, origin, path);
      results.push(result);
      for (const href of result.hrefs) {
        const target = classifyLink(href, `${origin}${path}`);
        if (target.kind === 'internal' && builtFileFor(target.path, files)?.endsWith('.html')) {
          queue.push(target.path);
        }
      }
    }
    await context.close();
  };
  try {
    await Promise.all(Array.from({ length: workers }, worker));
    // A page with errors is visited again with the policy bypassed: errors that remain are the
    // page's own bugs, not the CSP's doing.
    const withErrors = results.filter((result) => result.errors.length > 0);
    if (withErrors.length > 0) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      for (const result of withErrors) {
        const again = await visit(context, origin, result.path);
        const remaining = new Set(again.errors);
        result.errorsWithoutCsp = result.errors.filter((error) => remaining.has(error));
        result.errors = result.errors.filter((error) => !remaining.has(error));
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results.sort((a, b) => a.path.localeCompare(b.path));
}

const list = (items: readonly string[], max = 3) =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} … (+${items.length - max})`;

/** The crawl's four sections: accessibility, privacy, links, CSP and errors in the browser. */
export function crawlSections(
  results: readonly PageResult[],
  files: ReadonlySet<string>,
  origin: string,
): Section[] {
  const pages = `${results.length} pages`;
  const axeBreaches = results.flatMap((page) =>
    page.axe.map((v) => `${page.path}: ${v.id} (${v.impact}) at ${list(v.targets)}`),
  );
  const ruleCounts = new Map<string, number>();
  for (const page of results) for (const v of page.axe) ruleCounts.set(v.id, (ruleCounts.get(v.id) ?? 0) + 1);
  const slowest = [...results].sort((a, b) => b.ms - a.ms)[0];
  const seconds = (phase: keyof PageResult['phases']) =>
    (results.reduce((sum, page) => sum + page.phases[phase], 0) / 1000).toFixed(0);
  const accessibility: Section = {
    title: 'Accessibility (axe, every page, both languages)',
    table: {
      headers: ['rule', 'pages'],
      rows: [...ruleCounts].map(([rule, count]) => [rule, String(count)]),
    },
    notes: [
      `${pages} checked, ${results.filter((page) => page.axe.length === 0).length} without serious or critical violations` +
        (slowest ? ` (slowest: ${slowest.path}, ${(slowest.ms / 1000).toFixed(1)} s)` : ''),
      `time summed over pages: loading ${seconds('load')} s, widgets and editor ${seconds('mount')} s, axe ${seconds('axe')} s`,
    ],
    breaches: axeBreaches,
  };
  if (ruleCounts.size === 0) delete accessibility.table;

  const thirdParty = results.flatMap((page) => page.thirdParty.map((url) => `${page.path} requested ${url}`));
  const privacy: Section = {
    title: 'Privacy (every request to the site itself)',
    notes: [`${pages}: ${thirdParty.length} requests to other hosts`],
    breaches: thirdParty,
  };

  const broken = findBrokenLinks(results, files, origin);
  const orphans = orphanPages(results, files, origin);
  const failed = results.flatMap((page) =>
    page.failedRequests.map((what) => `${page.path}: failed request ${what}`),
  );
  const linkCount = results.reduce(
    (sum, page) =>
      sum +
      page.hrefs.filter((href) => classifyLink(href, `${origin}${page.path}`).kind === 'internal').length,
    0,
  );
  const links: Section = {
    title: 'Links and anchors (internal)',
    notes: [
      `${pages}, ${linkCount} internal links: ${broken.length} broken, ${failed.length} failed requests`,
      ...(orphans.length > 0 ? [`pages no other page links to (visited anyway): ${list(orphans, 10)}`] : []),
    ],
    breaches: [...broken.map((link) => `${link.page}: ${link.href} (${link.reason})`), ...failed],
  };

  const violations = results.flatMap((page) => page.cspViolations.map((v) => `${page.path}: CSP ${v}`));
  const errors = results.flatMap((page) => page.errors.map((error) => `${page.path}: ${error}`));
  const stalled = results
    .filter((page) => page.widgets.started < page.widgets.total)
    .map(
      (page) =>
        `${page.path}: ${page.widgets.total - page.widgets.started} of ${page.widgets.total} widgets did not start`,
    );
  const noEditor = results
    .filter((page) => /\/exercises\/[^/]+\/$/.test(page.path) && page.editor !== 'monaco')
    .map((page) => `${page.path}: the exercise editor did not start Monaco (${page.editor ?? 'no editor'})`);
  const widgets = results.reduce((sum, page) => sum + page.widgets.started, 0);
  const monaco = results.filter((page) => page.editor === 'monaco').length;
  const byText = (pick: (page: PageResult) => readonly string[]) => {
    const pages = new Map<string, string[]>();
    for (const page of results)
      for (const text of new Set(pick(page))) pages.set(text, [...(pages.get(text) ?? []), page.path]);
    return [...pages];
  };
  const runtime: Section = {
    title: 'CSP in the browser (violations, console errors, widgets and editor)',
    notes: [
      `${pages}: ${violations.length} CSP violations, ${errors.length} errors caused by the policy; ` +
        `${widgets} widgets started on ${results.filter((page) => page.widgets.total > 0).length} pages, ` +
        `Monaco started on ${monaco} exercise pages`,
      ...byText((page) => page.errorsWithoutCsp).map(
        ([text, paths]) =>
          `  error also without the CSP (not a breach; a bug of the page): "${text}" on ${list(paths)}`,
      ),
      ...byText((page) => page.consoleErrors).map(
        ([text, paths]) => `  console error (not a breach): "${text}" on ${list(paths)}`,
      ),
    ],
    breaches: [...violations, ...errors, ...stalled, ...noEditor],
  };
  return [accessibility, privacy, links, runtime];
}
