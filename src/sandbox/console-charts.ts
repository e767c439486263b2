/**
 * The console view's charts for one service, drawn with the widgets' step chart: desired and
 * running tasks, the deployment's progress (running tasks of the newest and the older
 * deployments) and, with a target tracking policy, its metric against the target. Each chart has
 * a legend and a table of its numbers as the text alternative. DOM only, text only.
 */
import { dataTable, fittedChart, legend, sample, stepChart } from '../ui/widgets/step-chart.ts';
import { h } from '../ui/dom.ts';
import type { ServiceSample } from './console-history.ts';
import type { SandboxStrings } from './strings.ts';

/** Rows at most in a chart's table. */
const TABLE_ROWS = 24;

const clock = (ms: number): string => new Date(ms).toISOString().slice(11, 19);

/** One line of a chart: its label, its classes (line and legend) and the value it draws. */
interface Line {
  label: string;
  className: string;
  legendClass: string;
  value: (s: ServiceSample) => number;
}

function figure(
  key: string,
  caption: string,
  samples: readonly ServiceSample[],
  series: readonly Line[],
  T: SandboxStrings,
  options: { yMax: number; percent?: boolean; guide?: { y: number; label: string } },
): HTMLElement {
  const start = samples[0]?.at ?? 0;
  const end = samples[samples.length - 1]?.at ?? start;
  const minutes = (ms: number) => (ms - start) / 60_000;
  const format = (value: number) => (options.percent === true ? `${Math.round(value)}%` : String(value));
  const chart = fittedChart((width) =>
    stepChart({
      width,
      series: series.map((s) => ({
        label: s.label,
        className: s.className,
        points: samples.map((sample) => ({ x: minutes(sample.at), y: s.value(sample) })),
      })),
      xMax: Math.max(minutes(end), 1),
      yMax: options.yMax,
      xLabel: (x) => clock(start + x * 60_000).slice(0, 5),
      yLabel: format,
      guides:
        options.guide === undefined
          ? []
          : [{ y: options.guide.y, className: 'dw-chart__grid', label: options.guide.label }],
    }),
  );
  const entries = series.map((s) => ({ label: s.label, className: s.legendClass }));
  if (options.guide !== undefined)
    entries.push({
      label: `- - ${options.guide.label} ${format(options.guide.y)}`,
      className: 'sbx-legend__target',
    });
  const rows = sample(samples, TABLE_ROWS).map((s) => [
    clock(s.at),
    ...series.map((x) => format(x.value(s))),
  ]);
  return h(
    'figure',
    { class: 'dw-chart-figure sbx-chart' },
    h('figcaption', { class: 'sbx-chart__caption' }, caption),
    chart,
    legend(entries),
    h(
      'details',
      { class: 'sbx-chart__table', 'data-key': key },
      h('summary', {}, T.chartTable),
      h(
        'div',
        { class: 'sbx-table', tabindex: 0, role: 'region', 'aria-label': caption },
        dataTable([T.timeCol, ...series.map((s) => s.label)], rows),
      ),
    ),
  );
}

/**
 * The charts of one service from its samples (nothing without samples). `key` names the service, so
 * the console keeps which parts the learner opened or closed across redraws.
 */
export function serviceCharts(
  key: string,
  samples: readonly ServiceSample[],
  T: SandboxStrings,
): HTMLElement | null {
  if (samples.length === 0) return null;
  const counts = samples.flatMap((s) => [s.desired, s.running]);
  const yMax = Math.max(1, ...counts) + 1;
  const parts: HTMLElement[] = [
    figure(
      `${key}#tasks`,
      T.tasksChart,
      samples,
      [
        {
          label: T.desired,
          className: 'dw-chart__desired',
          legendClass: 'dw-legend__desired',
          value: (s) => s.desired,
        },
        {
          label: T.running,
          className: 'dw-chart__running',
          legendClass: 'dw-legend__running',
          value: (s) => s.running,
        },
      ],
      T,
      { yMax },
    ),
    figure(
      `${key}#deployment`,
      T.deploymentChart,
      samples,
      [
        {
          label: T.newest,
          className: 'dw-chart__running',
          legendClass: 'dw-legend__running',
          value: (s) => s.newest,
        },
        {
          label: T.older,
          className: 'dw-chart__healthy',
          legendClass: 'dw-legend__healthy',
          value: (s) => s.older,
        },
      ],
      T,
      { yMax },
    ),
  ];
  const withMetric = samples.filter((s) => s.metric !== null);
  const target = withMetric[withMetric.length - 1]?.target ?? null;
  if (withMetric.length > 0 && target !== null)
    parts.push(
      figure(
        `${key}#metric`,
        T.metricChart,
        withMetric,
        [
          {
            label: T.metric,
            className: 'dw-chart__metric',
            legendClass: 'dw-legend__ceiling',
            value: (s) => s.metric ?? 0,
          },
        ],
        T,
        { yMax: 100, percent: true, guide: { y: target, label: T.targetLine } },
      ),
    );
  return h(
    'details',
    { class: 'sbx-charts', open: true, 'data-key': `${key}#charts` },
    h('summary', {}, T.charts),
    h('p', { class: 'sbx-note' }, T.chartNote),
    ...parts,
  );
}
