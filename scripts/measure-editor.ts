/**
 * Measures the exercise editor against a served build:
 *   npx astro build --outDir /tmp/build-ex
 *   python3 -m http.server 4500 --bind 127.0.0.1 --directory /tmp/build-ex &
 *   node scripts/measure-editor.ts [base-url] [build-dir]
 * Reports the time from navigation to "editor ready" (Monaco created and the first grade shown) in
 * Chromium with 4× CPU throttling, median of 5 cold loads, and the gzipped JS an exercise page loads
 * before the editor chunk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const BASE = process.argv[2] ?? 'http://127.0.0.1:4500';
const BUILD = process.argv[3] ?? '/tmp/build-ex';
const PAGE = '/en/exercises/fargate-taskdef-from-scratch/';
const RUNS = 5;
const THROTTLE = 4;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function gzipped(path: string): number {
  return gzipSync(readFileSync(join(BUILD, path))).length;
}

async function timeToReady(browser: Browser): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(BASE + PAGE);
  await page.waitForSelector('.dojo-ex__monaco[data-ready="true"]', { timeout: 60_000 });
  const ready = await page.evaluate(
    () => performance.getEntriesByName('dojo-editor-ready')[0]?.startTime ?? NaN,
  );
  await context.close();
  return ready;
}

/** JS and CSS files (paths under the build) the exercise page requests, at a phone size (no Monaco) or a desktop size. */
async function scriptsOf(browser: Browser, phone: boolean): Promise<string[]> {
  const context = await browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const paths = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js') || url.pathname.endsWith('.css')) paths.add(url.pathname);
  });
  await page.goto(BASE + PAGE);
  if (!phone) await page.waitForSelector('.dojo-ex__monaco[data-ready="true"]', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...paths];
}

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeToReady(browser));
  const beforeAll = await scriptsOf(browser, true);
  const before = beforeAll.filter((p) => p.endsWith('.js'));
  const withEditor = await scriptsOf(browser, false);
  const editorOnly = withEditor.filter((p) => !beforeAll.includes(p));
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
  const sum = (list: readonly string[]): number => list.reduce((total, p) => total + gzipped(p), 0);
  const rows: [string, string][] = [
    [`editor ready, ${THROTTLE}× CPU, median of ${RUNS}`, `${Math.round(median(times))} ms`],
    ['  runs', times.map((t) => Math.round(t)).join(', ') + ' ms'],
    ['JS before the editor chunk (gzip)', kb(sum(before))],
    ['editor chunk JS + CSS, lazy (gzip)', kb(sum(editorOnly))],
  ];
  for (const path of editorOnly) rows.push([`  ${path}`, kb(gzipped(path))]);
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`Exercise editor, ${BASE}${PAGE}`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  console.log(
    median(times) <= 2000 ? 'Target (ready within 2 s): met' : 'Target (ready within 2 s): NOT met',
  );
} finally {
  await browser.close();
}
