import { ECS_STRATEGIES } from '../../../aws/index.ts';
import type { BlueGreenResult } from '../../../sim/index.ts';
import { h, numberField, selectField } from '../../dom.ts';
import { formatClockSeconds } from '../../../util/format-clock.ts';
import { dataTable, fittedChart, legend, sample, stepChart } from '../step-chart.ts';
import { blueGreenEventText } from '../../../widgets/event-log-text.ts';
import { errorMessage, eventLog, mountWidget, type WidgetContext } from '../../widget-shell.ts';
import {
  DEFAULT_BLUE_GREEN_STATE,
  STRATEGIES,
  hookableStages,
  isNative,
  BLUE_GREEN_BOUNDS,
  boundBlueGreenState,
  readBlueGreenState,
  runBlueGreen,
  type BlueGreenState,
} from '../../../widgets/blue-green/model.ts';

const TEXT = {
  ja: {
    strategy: 'デプロイ設定',
    native: 'ECS ネイティブ',
    desired: '希望タスク数',
    percent: 'カナリア／ステップの割合（%）',
    stepMinutes: 'ステップ間隔／カナリアの待ち（分）',
    bake: 'ベイク時間（分）',
    failing: '失敗させるライフサイクルフック',
    none: 'なし（すべて成功）',
    traffic: '本番トラフィックの移行',
    green: 'グリーンの割合',
    blueTasks: 'ブルーのタスク数',
    greenTasks: 'グリーンのタスク数',
    stages: 'ライフサイクルの段階',
    hook: 'フック',
    log: 'イベント',
    table: '推移を表で見る',
    time: '時刻',
    outcome: {
      COMPLETED: '完了: すべてのトラフィックがグリーンへ',
      ROLLED_BACK: 'ロールバック: トラフィックはブルーに戻りました',
      FAILED: '失敗',
    },
    duration: (d: string) => `所要 ${d}`,
    error: '設定が無効です',
  },
  en: {
    strategy: 'Deployment configuration',
    native: 'ECS-native',
    desired: 'Desired count',
    percent: 'Canary or step percent',
    stepMinutes: 'Step interval or canary wait (min)',
    bake: 'Bake time (min)',
    failing: 'Lifecycle hook that fails',
    none: 'None (all succeed)',
    traffic: 'Production traffic shift',
    green: 'green share',
    blueTasks: 'blue tasks',
    greenTasks: 'green tasks',
    stages: 'Lifecycle stages',
    hook: 'hook',
    log: 'Events',
    table: 'Show as a table',
    time: 'Time',
    outcome: {
      COMPLETED: 'Completed: all traffic on green',
      ROLLED_BACK: 'Rolled back: traffic is back on blue',
      FAILED: 'Failed',
    },
    duration: (d: string) => `after ${d}`,
    error: 'The settings are not valid',
  },
} as const;

function settings(ctx: WidgetContext<BlueGreenState>): HTMLElement {
  const t = TEXT[ctx.lang];
  const st = ctx.state;
  const set = (patch: Partial<BlueGreenState>) => ctx.update({ ...st, ...patch });
  const id = (name: string) => `${ctx.key}-${name}`;
  const fields: HTMLElement[] = [
    selectField({
      id: id('strategy'),
      label: t.strategy,
      value: st.strategy,
      choices: STRATEGIES.map((value) => ({
        value,
        label: isNative(value) ? `${t.native} ${value}` : value,
      })),
      onChange: (value) =>
        set({ strategy: STRATEGIES.find((choice) => choice === value) ?? st.strategy, failingHook: '' }),
    }),
    numberField({
      id: id('desired'),
      label: t.desired,
      value: st.desired,
      min: 1,
      max: BLUE_GREEN_BOUNDS.desired.max,
      onChange: (desired) => set({ desired }),
    }),
  ];
  if (isNative(st.strategy)) {
    if (st.strategy !== 'BLUE_GREEN') {
      fields.push(
        numberField({
          id: id('percent'),
          label: t.percent,
          value: st.percent,
          min: ECS_STRATEGIES.canary.canaryPercent.min,
          max: ECS_STRATEGIES.canary.canaryPercent.max,
          step: 0.1,
          onChange: (percent) => set({ percent }),
        }),
        numberField({
          id: id('step'),
          label: t.stepMinutes,
          value: st.stepMinutes,
          min: ECS_STRATEGIES.linear.stepBakeTimeInMinutes.min,
          max: ECS_STRATEGIES.linear.stepBakeTimeInMinutes.max,
          onChange: (stepMinutes) => set({ stepMinutes }),
        }),
      );
    }
    fields.push(
      numberField({
        id: id('bake'),
        label: t.bake,
        value: st.bakeMinutes,
        min: 0,
        max: ECS_STRATEGIES.linear.stepBakeTimeInMinutes.max,
        onChange: (bakeMinutes) => set({ bakeMinutes }),
      }),
    );
  }
  fields.push(
    selectField({
      id: id('hook'),
      label: t.failing,
      value: st.failingHook,
      choices: [
        { value: '', label: t.none },
        ...hookableStages(st.strategy).map((stage) => ({ value: stage, label: stage })),
      ],
      onChange: (failingHook) => set({ failingHook }),
    }),
  );
  return h('div', { class: 'dw-row' }, ...fields);
}

function trafficView(ctx: WidgetContext<BlueGreenState>, result: BlueGreenResult): HTMLElement {
  const t = TEXT[ctx.lang];
  const end = result.durationSeconds;
  const chart = fittedChart((width) =>
    stepChart({
      width,
      series: [
        {
          label: t.green,
          className: 'dw-chart__green',
          points: result.timeline.map((p) => ({ x: p.time, y: p.greenPercent })),
        },
      ],
      xMax: end,
      yMax: 100,
      xLabel: formatClockSeconds,
      xSteps: [15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400],
      yLabel: (value) => `${value}%`,
      guides: [{ y: 50, className: 'dw-chart__grid', label: '50%' }],
    }),
  );
  const rows = sample(result.timeline, 30).map((p) => [
    formatClockSeconds(p.time),
    `${p.greenPercent}%`,
    p.blueTasks,
    p.greenTasks,
  ]);
  return h(
    'figure',
    { class: 'dw-chart-figure' },
    h('figcaption', { class: 'dw-subtitle' }, t.traffic),
    chart,
    legend([{ label: `— ${t.green}`, className: 'dw-legend__healthy' }]),
    h(
      'details',
      {},
      h('summary', {}, t.table),
      dataTable([t.time, t.green, t.blueTasks, t.greenTasks], rows),
    ),
  );
}

function stagesView(ctx: WidgetContext<BlueGreenState>, result: BlueGreenResult): HTMLElement {
  const t = TEXT[ctx.lang];
  const failed = result.outcome !== 'COMPLETED' ? result.stages.at(-1) : undefined;
  return h(
    'section',
    {},
    h('h3', { class: 'dw-subtitle' }, t.stages),
    h(
      'ol',
      { class: 'dw-stages' },
      ...result.stages.map((stage) =>
        h(
          'li',
          { class: stage === failed ? 'dw-stage dw-stage--failed' : 'dw-stage' },
          h('code', {}, stage.stage),
          stage.step !== null ? ` #${stage.step}` : '',
          ` ${formatClockSeconds(stage.start)}–${formatClockSeconds(stage.end)}`,
          stage.hook ? ` (${t.hook})` : '',
          stage === failed ? ' ✗' : '',
        ),
      ),
    ),
  );
}

function view(ctx: WidgetContext<BlueGreenState>): Node[] {
  const t = TEXT[ctx.lang];
  const run = runBlueGreen(ctx.state);
  if (!run.ok) return [settings(ctx), errorMessage(t.error, ctx.lang, run)];
  const { result } = run;
  return [
    settings(ctx),
    h(
      'p',
      { class: `dw-outcome dw-outcome--${result.outcome.toLowerCase()}`, role: 'status' },
      `${t.outcome[result.outcome]} (${t.duration(formatClockSeconds(result.durationSeconds))})`,
    ),
    trafficView(ctx, result),
    stagesView(ctx, result),
    h(
      'section',
      {},
      h('h3', { class: 'dw-subtitle' }, t.log),
      eventLog(
        t.log,
        result.events.map((event) => ({
          time: formatClockSeconds(event.time),
          message: blueGreenEventText(ctx.lang, event),
        })),
      ),
    ),
  ];
}

/** Mounts the blue/green widget into its host element. */
export function mount(host: HTMLElement): void {
  mountWidget<BlueGreenState>({
    host,
    className: 'dw-blue-green',
    start: DEFAULT_BLUE_GREEN_STATE,
    read: readBlueGreenState,
    bound: boundBlueGreenState,
    view,
  });
}
