/**
 * Lighthouse scores of a few representative pages of the built site, in Chromium, with the desktop
 * preset and the default mobile settings (a mid-range phone on a slow 4G network, simulated).
 * Runs one page at a time: Lighthouse measures timing and must have the machine to itself.
 */
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { launch } from 'chrome-launcher';
import type { Section } from './report.ts';

export type FormFactor = 'desktop' | 'mobile';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Minimum scores (0–100) per form factor. */
export const LIGHTHOUSE_BUDGETS: Record<FormFactor, Record<Category, number>> = {
  desktop: { performance: 95, accessibility: 100, 'best-practices': 95 },
  mobile: { performance: 90, accessibility: 100, 'best-practices': 95 },
};

export interface LighthouseTarget {
  label: string;
  /** The page's path, or undefined when the build has no such page (the reason says why). */
  path: string | undefined;
  reason?: string;
}

export interface LighthouseRun {
  label: string;
  path: string;
  formFactor: FormFactor;
  scores: Record<Category, number | null>;
  /** Audits that cost points in a category below its budget: "category: audit (value)". */
  failing: string[];
  /** Core timings, for the notes: "FCP 0.4 s, LCP 0.6 s, TBT 0 ms, CLS 0". */
  metrics: string;
}

const METRICS: readonly [string, string][] = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];

/** Scores, failing audits and metrics of one Lighthouse result. */
export function summarise(lhr: Result, label: string, path: string, formFactor: FormFactor): LighthouseRun {
  const scores = {} as Record<Category, number | null>;
  const failing: string[] = [];
  for (const category of CATEGORIES) {
    const result = lhr.categories[category];
    const score =
      result?.score === null || result?.score === undefined ? null : Math.round(result.score * 100);
    scores[category] = score;
    if (score !== null && score >= LIGHTHOUSE_BUDGETS[formFactor][category]) continue;
    for (const ref of result?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      failing.push(`${category}: ${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  const metrics = METRICS.map(([id, name]) => `${name} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', ');
  return { label, path, formFactor, scores, failing, metrics };
}

/** The Lighthouse section: one row per page and form factor; a score under its minimum is a breach. */
export function evaluateLighthouse(
  runs: readonly LighthouseRun[],
  skipped: readonly LighthouseTarget[],
): Section {
  const breaches: string[] = [];
  const rows = runs.map((run) => {
    const budget = LIGHTHOUSE_BUDGETS[run.formFactor];
    const low = CATEGORIES.filter((category) => (run.scores[category] ?? 0) < budget[category]);
    for (const category of low) {
      breaches.push(
        `${run.label} ${run.path} (${run.formFactor}): ${category} ${run.scores[category] ?? 'no score'} < ${budget[category]}`,
      );
    }
    if (low.length > 0) breaches.push(...run.failing.map((audit) => `    ${audit}`));
    return [
      run.label,
      run.formFactor,
      ...CATEGORIES.map((category) => String(run.scores[category] ?? '-')),
      low.length === 0 ? 'ok' : 'BELOW',
    ];
  });
  const notes = [
    `minimums: desktop ${Object.values(LIGHTHOUSE_BUDGETS.desktop).join('/')}, mobile ${Object.values(LIGHTHOUSE_BUDGETS.mobile).join('/')} (performance/accessibility/best practices)`,
    ...runs.map((run) => `${run.label} ${run.path} (${run.formFactor}): ${run.metrics}`),
    ...skipped.map((target) => `${target.label}: skipped, ${target.reason ?? 'no such page'}`),
  ];
  return {
    title: 'Lighthouse',
    table: {
      headers: ['page', 'form factor', 'performance', 'accessibility', 'best practices', 'result'],
      rows,
    },
    notes,
    breaches,
  };
}

/** Whether every score of a run reaches its minimum. */
export function meetsBudget(run: LighthouseRun): boolean {
  return CATEGORIES.every(
    (category) => (run.scores[category] ?? 0) >= LIGHTHOUSE_BUDGETS[run.formFactor][category],
  );
}

/** The run with the median performance score (of an odd number of runs), marked with all scores. */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const median = sorted[Math.floor(sorted.length / 2)] ?? sorted[0];
  if (!median) throw new Error('medianRun needs at least one run');
  const all = runs.map((run) => run.scores.performance ?? '-').join(', ');
  return { ...median, metrics: `${median.metrics} (median of ${runs.length} runs, performance ${all})` };
}

/** Runs Lighthouse on every target that exists, desktop then mobile, against the site at `origin`. */
export async function runLighthouse(
  origin: string,
  targets: readonly LighthouseTarget[],
  chromePath = '/usr/bin/chromium',
): Promise<LighthouseRun[]> {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const runs: LighthouseRun[] = [];
  try {
    for (const target of targets) {
      if (target.path === undefined) continue;
      for (const formFactor of ['desktop', 'mobile'] as const) {
        const flags: Flags = {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        };
        const config = formFactor === 'desktop' ? desktopConfig : undefined;
        const measure = async () => {
          const result = await lighthouse(`${origin}${target.path}`, flags, config);
          if (!result) throw new Error(`Lighthouse returned nothing for ${target.path}`);
          return summarise(result.lhr, target.label, target.path ?? '', formFactor);
        };
        const first = await measure();
        // Timing varies from run to run; a page below its minimum gets two more runs and the median
        // counts, as Lighthouse's own guidance on variability advises.
        runs.push(meetsBudget(first) ? first : medianRun([first, await measure(), await measure()]));
      }
    }
  } finally {
    chrome.kill();
  }
  return runs;
}
