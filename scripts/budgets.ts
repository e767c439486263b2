/**
 * Every budget of the built site in one command: JavaScript per page, Lighthouse scores,
 * accessibility of every page, privacy (no third-party requests), internal links and anchors, and
 * the Content-Security-Policy. Prints one report and exits 1 on any breach.
 * Usage: node scripts/budgets.ts [--no-build] [--dist <folder>] [--skip-lighthouse]
 * (builds into dist/ first unless --no-build; the README's "Budgets" section explains each budget).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';
import { crawlSections, crawlSite } from './budgets/crawl.ts';
import { checkCsp } from './budgets/csp-check.ts';
import { measureJs, widgetCount } from './budgets/js-size.ts';
import { evaluateLighthouse, runLighthouse, type LighthouseTarget } from './budgets/lighthouse.ts';
import { exitCode, formatReport, type Section } from './budgets/report.ts';

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    'skip-lighthouse': { type: 'boolean', default: false },
  },
});
const dist = options.dist;
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const step = (what: string) => console.error(`[budgets ${elapsed()}] ${what}`);

if (!options['no-build']) {
  step(`building into ${dist}/`);
  const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const files = new Set(
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((file) => file.split('\\').join('/')),
);

/** The pages Lighthouse measures; the first exercise page and one-widget lesson the build has. */
function lighthouseTargets(): LighthouseTarget[] {
  const sorted = [...files].sort();
  const lesson = sorted.find(
    (file) =>
      /^lessons\/[^/]+\/index\.html$/.test(file) && widgetCount(readFileSync(join(dist, file), 'utf8')) === 1,
  );
  const exercise = sorted.find((file) => /^exercises\/[^/]+\/index\.html$/.test(file));
  const path = (file: string | undefined) => (file ? `/${file.replace(/index\.html$/, '')}` : undefined);
  return [
    { label: 'home', path: '/' },
    { label: 'lesson', path: path(lesson ?? 'lessons/01-architecture/index.html') },
    { label: 'exercise', path: path(exercise), reason: 'no exercise pages in this build' },
    { label: 'sandbox', path: files.has('sandbox/index.html') ? '/sandbox/' : undefined },
  ];
}

const sections: Section[] = [];
step('measuring JavaScript per page');
sections.push(measureJs(dist));
step('checking the Content-Security-Policy of every page');
sections.push(checkCsp(dist));

const server = await serveStatic(dist);
try {
  step(`crawling ${server.url} with axe (2 workers)`);
  const pages = await crawlSite(server.url, files, { workers: 2, chromiumPath: chromium });
  sections.push(...crawlSections(pages, files, server.url));
  if (options['skip-lighthouse']) {
    step('Lighthouse skipped (--skip-lighthouse)');
  } else {
    const targets = lighthouseTargets();
    step(`Lighthouse on ${targets.filter((target) => target.path).length} pages, desktop and mobile`);
    const runs = await runLighthouse(server.url, targets, chromium);
    sections.push(
      evaluateLighthouse(
        runs,
        targets.filter((target) => target.path === undefined),
      ),
    );
  }
} finally {
  await server.close();
}

console.log(formatReport(sections, (performance.now() - started) / 1000));
process.exit(exitCode(sections));
