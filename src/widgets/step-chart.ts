import { h, s } from './dom.ts';

export interface StepSeries {
  label: string;
  className: string;
  points: readonly { x: number; y: number }[];
}

/**
 * A step chart (values hold until the next point) with horizontal guide lines, drawn as SVG and
 * hidden from assistive technology: callers pair it with a table or summary text.
 */
export function stepChart(options: {
  series: readonly StepSeries[];
  xMax: number;
  yMax: number;
  xLabel: (x: number) => string;
  yLabel?: (y: number) => string;
  guides?: readonly { y: number; className: string; label: string }[];
  cursorX?: number;
}): SVGElement {
  const width = 640;
  const height = 200;
  const pad = { left: 40, right: 10, top: 10, bottom: 24 };
  const xMax = Math.max(options.xMax, 1e-9);
  const yMax = Math.max(options.yMax, 1e-9);
  const x = (value: number) => pad.left + (value / xMax) * (width - pad.left - pad.right);
  const y = (value: number) => height - pad.bottom - (value / yMax) * (height - pad.top - pad.bottom);
  const yLabel = options.yLabel ?? ((value: number) => String(value));
  const path = (points: StepSeries['points']) =>
    points
      .map((point, index) => {
        const next = points[index + 1]?.x ?? xMax;
        return `${index === 0 ? 'M' : 'L'}${x(point.x).toFixed(1)},${y(point.y).toFixed(1)} L${x(next).toFixed(1)},${y(point.y).toFixed(1)}`;
      })
      .join(' ');
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'dw-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  svg.append(
    s('line', { x1: pad.left, x2: pad.left, y1: pad.top, y2: height - pad.bottom, class: 'dw-chart__axis' }),
  );
  svg.append(
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
    svg.append(
      s(
        'text',
        { x: pad.left - 4, y: y(guide.y) + 4, class: 'dw-chart__label', 'text-anchor': 'end' },
        yLabel(guide.y),
      ),
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
  svg.append(
    s('text', { x: pad.left - 4, y: y(0) + 4, class: 'dw-chart__label', 'text-anchor': 'end' }, yLabel(0)),
  );
  svg.append(
    s(
      'text',
      { x: pad.left - 4, y: y(yMax) + 8, class: 'dw-chart__label', 'text-anchor': 'end' },
      yLabel(yMax),
    ),
  );
  svg.append(s('text', { x: pad.left, y: height - 6, class: 'dw-chart__label' }, options.xLabel(0)));
  svg.append(
    s(
      'text',
      { x: width - pad.right, y: height - 6, class: 'dw-chart__label', 'text-anchor': 'end' },
      options.xLabel(xMax),
    ),
  );
  return svg;
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
