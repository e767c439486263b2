/**
 * JavaScript budget per page type, gzipped, from the build output (measured by
 * scripts/lib/page-weight.ts). What counts: the page's inline scripts, its module scripts and
 * everything they import statically ("initial"), plus what they import dynamically ("lazy", such as
 * a widget's code that loads when it scrolls into view), except lazy chunks whose file name contains
 * `monaco` or `editor` (the exercise editor, which loads only where an editor is on screen). Search
 * (Pagefind's UI, loaded when the learner opens it) is not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gz, measurePage, type PageWeight } from '../lib/page-weight.ts';
import { kb, type Section } from './report.ts';

export type PageType =
  'lesson-no-widget' | 'lesson-one-widget' | 'lesson-widgets' | 'exercise' | 'sandbox-terminal' | 'other';

/**
 * The budgeted page types, in report order, with their limits in gzipped bytes.
 */
export const JS_BUDGETS: readonly { type: PageType; label: string; limit: number }[] = [
  { type: 'lesson-no-widget', label: 'lesson, no widget', limit: 15 * 1024 },
  { type: 'lesson-one-widget', label: 'lesson, one widget', limit: 100 * 1024 },
  { type: 'exercise', label: 'exercise (before editor)', limit: 150 * 1024 },
  { type: 'sandbox-terminal', label: 'sandbox terminal (before terminal and editor)', limit: 150 * 1024 },
];

/** Built pages shown for information, without a budget. */
const INFO_PAGES = [
  { file: 'index.html', label: 'home' },
  { file: 'sandbox/index.html', label: 'sandbox (all widgets)' },
];

/** How many simulator widgets a page embeds (elements with the `dw-host` class). */
export function widgetCount(html: string): number {
  return [...html.matchAll(/\bclass="([^"]*)"/g)].filter(([, classes = '']) =>
    classes.split(/\s+/).includes('dw-host'),
  ).length;
}

/** The page type of a built HTML file (a path relative to the build folder, with `/`). */
export function pageType(file: string, html: string): PageType {
  if (/^(en\/)?exercises\/[^/]+\/index\.html$/.test(file)) return 'exercise';
  if (/^(en\/)?sandbox\/terminal\/index\.html$/.test(file)) return 'sandbox-terminal';
  if (!/^(en\/)?lessons\/[^/]+\/index\.html$/.test(file)) return 'other';
  const widgets = widgetCount(html);
  return widgets === 0 ? 'lesson-no-widget' : widgets === 1 ? 'lesson-one-widget' : 'lesson-widgets';
}

/**
 * The editor's chunks (Monaco and what loads with it) and the sandbox's terminal chunks (xterm.js,
 * and the sandbox controller with the emulator, which loads when the terminal starts). Chunks those
 * import that are named otherwise (the grader, the simulator) still count.
 */
export const isEditorChunk = (file: string): boolean => /monaco|editor|terminal/i.test(file);

/** Counted bytes of a measured page: initial plus lazy, without lazy editor chunks. */
export function countedBytes(weight: PageWeight, sizeOf: (file: string) => number): number {
  const editor = weight.files.lazy.filter(isEditorChunk).reduce((sum, file) => sum + sizeOf(file), 0);
  return weight.initialGzipBytes + weight.lazyGzipBytes - editor;
}

export interface MeasuredPage {
  file: string;
  type: PageType;
  initial: number;
  counted: number;
}

/** A page shown for information, without a budget. */
export type InfoPage = Omit<MeasuredPage, 'type'> & { label: string };

/** The section for measured pages: one row per budgeted page type (its largest page). */
export function evaluateJs(pages: readonly MeasuredPage[], info: readonly InfoPage[] = []): Section {
  const rows: string[][] = [];
  const breaches: string[] = [];
  const notes: string[] = [];
  for (const { type, label, limit } of JS_BUDGETS) {
    const ofType = pages.filter((page) => page.type === type);
    const largest = [...ofType].sort((a, b) => b.counted - a.counted)[0];
    if (!largest) {
      const none = type === 'exercise' ? 'no exercise pages in this build' : 'no such page in this build';
      rows.push([label, '0', none, '-', '-', kb(limit), 'skipped']);
      continue;
    }
    const over = ofType.filter((page) => page.counted > limit);
    for (const page of over)
      breaches.push(`${page.file} (${label}): ${kb(page.counted)} KB > ${kb(limit)} KB`);
    const result = over.length === 0 ? 'ok' : `OVER (${over.length})`;
    rows.push([
      label,
      String(ofType.length),
      largest.file,
      kb(largest.initial),
      kb(largest.counted),
      kb(limit),
      result,
    ]);
  }
  for (const page of info)
    rows.push([page.label, '1', page.file, kb(page.initial), kb(page.counted), '-', 'info']);
  notes.push(
    'KB = gzipped kilobytes. "initial" = inline scripts + module scripts + static imports; "counted" adds',
    'dynamic imports (widgets), without the lazy editor chunks (monaco/editor) and the search UI.',
  );
  return {
    title: 'JavaScript per page (gzipped)',
    table: {
      headers: ['page type', 'pages', 'largest page', 'initial KB', 'counted KB', 'budget KB', 'result'],
      rows,
    },
    notes,
    breaches,
  };
}

function builtHtmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Measures every lesson and exercise page of the build in `dist`. */
export function measureJs(dist: string): Section {
  const sizes = new Map<string, number>();
  const sizeOf = (file: string) => {
    const size = sizes.get(file) ?? gz(readFileSync(join(dist, file)));
    sizes.set(file, size);
    return size;
  };
  const measure = (file: string, type: PageType): MeasuredPage => {
    const weight = measurePage(dist, file);
    return { file, type, initial: weight.initialGzipBytes, counted: countedBytes(weight, sizeOf) };
  };
  const files = builtHtmlFiles(dist);
  const pages = files
    .map((file) => ({ file, type: pageType(file, readFileSync(join(dist, file), 'utf8')) }))
    .filter(({ type }) => type !== 'other')
    .map(({ file, type }) => measure(file, type));
  const info = INFO_PAGES.filter(({ file }) => files.includes(file)).map(({ file, label }) => {
    const { initial, counted } = measure(file, 'other');
    return { file, label, initial, counted };
  });
  return evaluateJs(pages, info);
}
