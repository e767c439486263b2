import { placeLabels, tickStep, ticks } from '../../widgets/chart-axes.ts';
import { h, s } from '../dom.ts';

export interface StepSeries {
  label: string;
  className: string;
  points: readonly { x: number; y: number }[];
}

/** Font size of axis labels in px; charts are drawn at their rendered width, so this is what shows. */
export const CHART_LABEL_PX = 12;
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 260;
const MAX_WIDTH = 960;

export interface StepChartOptions {
  series: readonly StepSeries[];
  xMax: number;
  yMax: number;
  xLabel: (x: number) => string;
  yLabel?: (y: number) => string;
  guides?: readonly { y: number; className: string; label: string }[];
  cursorX?: number;
  /** Steps the x ticks may use (for example whole hours in minutes); nice numbers otherwise. */
  xSteps?: readonly number[];
  /** The chart's width in CSS pixels: one SVG unit is one pixel, so labels keep their size. */
  width?: number;
}

/**
 * A step chart (values hold until the next point) with horizontal guide lines, drawn as SVG and
 * hidden from assistive technology: callers pair it with a table or summary text. Axis labels are
 * ticks that fit the width (real times on a clock axis) and never overlap.
 */
export function stepChart(options: StepChartOptions): SVGElement {
  const width = Math.round(Math.min(Math.max(options.width ?? DEFAULT_WIDTH, MIN_WIDTH), MAX_WIDTH));
  const height = 200;
  const yLabel = options.yLabel ?? ((value: number) => String(value));
  const labelWidth = Math.max(yLabel(options.yMax).length, yLabel(0).length, 3) * 8 + 10;
  const pad = { left: labelWidth, right: 16, top: 10, bottom: 24 };
  const xMax = Math.max(options.xMax, 1e-9);
  const yMax = Math.max(options.yMax, 1e-9);
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const x = (value: number) => pad.left + (value / xMax) * plotWidth;
  const y = (value: number) => height - pad.bottom - (value / yMax) * plotHeight;
  const path = (points: StepSeries['points']) =>
    points
      .map((point, index) => {
        const next = points[index + 1]?.x ?? xMax;
        return `${index === 0 ? 'M' : 'L'}${x(point.x).toFixed(1)},${y(point.y).toFixed(1)} L${x(next).toFixed(1)},${y(point.y).toFixed(1)}`;
      })
      .join(' ');
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: 'dw-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  // Horizontal grid lines at nice values, labelled unless a guide's label would clash.
  const yStep = tickStep(yMax, plotHeight, 32);
  const gridValues = ticks(yMax, yStep);
  for (const value of gridValues.slice(1)) {
    svg.append(
      s('line', {
        x1: pad.left,
        x2: width - pad.right,
        y1: y(value),
        y2: y(value),
        class: 'dw-chart__gridline',
      }),
    );
  }
  svg.append(
    s('line', { x1: pad.left, x2: pad.left, y1: pad.top, y2: height - pad.bottom, class: 'dw-chart__axis' }),
    s('line', {
      x1: pad.left,
      x2: width - pad.right,
      y1: height - pad.bottom,
      y2: height - pad.bottom,
      class: 'dw-chart__axis',
    }),
  );
  for (const guide of options.guides ?? []) {
    svg.append(
      s('line', {
        x1: pad.left,
        x2: width - pad.right,
        y1: y(guide.y),
        y2: y(guide.y),
        class: guide.className,
      }),
    );
  }
  for (const series of options.series) {
    if (series.points.length > 0) svg.append(s('path', { d: path(series.points), class: series.className }));
  }
  if (options.cursorX !== undefined) {
    svg.append(
      s('line', {
        x1: x(options.cursorX),
        x2: x(options.cursorX),
        y1: pad.top,
        y2: height - pad.bottom,
        class: 'dw-chart__cursor',
      }),
    );
  }
  const yLabels = placeLabels(
    [
      ...gridValues.map((value) => ({ value, px: y(value), priority: value === 0 ? 2 : 1 })),
      ...(options.guides ?? []).map((guide) => ({ value: guide.y, px: y(guide.y), priority: 3 })),
    ].filter((label) => label.value >= 0 && label.value <= yMax),
    CHART_LABEL_PX + 2,
  );
  for (const label of yLabels) {
    svg.append(
      s(
        'text',
        { x: pad.left - 4, y: label.px + 4, class: 'dw-chart__label', 'text-anchor': 'end' },
        yLabel(label.value),
      ),
    );
  }
  const longest = Math.max(options.xLabel(0).length, options.xLabel(xMax).length, 4);
  const xStep = tickStep(xMax, plotWidth, longest * 7 + 16, options.xSteps);
  const xValues = ticks(xMax, xStep);
  for (const value of xValues) {
    const anchor = value === 0 ? 'start' : x(value) > width - pad.right - longest * 4 ? 'end' : 'middle';
    svg.append(
      s('line', {
        x1: x(value),
        x2: x(value),
        y1: height - pad.bottom,
        y2: height - pad.bottom + 4,
        class: 'dw-chart__axis',
      }),
      s(
        'text',
        { x: x(value), y: height - 6, class: 'dw-chart__label', 'text-anchor': anchor },
        options.xLabel(value),
      ),
    );
  }
  return svg;
}

let recentWidth: number | undefined;

/**
 * A box that draws its chart at the box's own width, and again when that width changes, so labels
 * stay readable on a phone and charts use the room on a laptop.
 */
export function fittedChart(build: (width: number) => SVGElement): HTMLElement {
  const box = h('div', { class: 'dw-chart-box' }, build(recentWidth ?? DEFAULT_WIDTH));
  if (typeof ResizeObserver === 'undefined') return box;
  let drawn = recentWidth ?? DEFAULT_WIDTH;
  let seen = false;
  const observer = new ResizeObserver(() => {
    if (!box.isConnected) {
      if (seen) observer.disconnect();
      return;
    }
    seen = true;
    const width = Math.round(box.clientWidth);
    if (width <= 0) return;
    recentWidth = width;
    if (Math.abs(width - drawn) < 4) return;
    drawn = width;
    box.replaceChildren(build(width));
  });
  observer.observe(box);
  return box;
}

/** A legend for a chart: each entry's class colours its marker; the text carries the meaning. */
export function legend(entries: readonly { label: string; className: string }[]): HTMLElement {
  return h(
    'ul',
    { class: 'dw-legend', role: 'list' },
    ...entries.map((entry) => h('li', { class: entry.className }, entry.label)),
  );
}

/** Picks at most `max` evenly spaced items, always keeping the first and the last. */
export function sample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const stride = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * stride)] as T);
}

/** A data table, the text alternative of a chart. */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): HTMLTableElement {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
  );
}
