import type { AutoScalingResult } from '../../../sim/index.ts';
import { checkboxField, h, numberField, selectField } from '../../dom.ts';
import { dataTable, fittedChart, legend, sample, stepChart } from '../step-chart.ts';
import { scalingEventText } from '../../../widgets/event-log-text.ts';
import { errorMessage, eventLog, mountWidget, type WidgetContext } from '../../widget-shell.ts';
import {
  CURVES,
  DAY_START_MS,
  DEFAULT_SCALING_STATE,
  clockOfMinute,
  SCALING_BOUNDS,
  boundScalingState,
  readScalingState,
  runScaling,
  saturatedMinutes,
  type ScalingState,
} from '../../../widgets/autoscaling/model.ts';

const TEXT = {
  ja: {
    settings: '設定',
    curve: '負荷のパターン',
    curves: { steady: '一定', spike: '9:00 の急増（90 分）', daily: '1 日の波（朝 9:00 に向けて増加）' },
    peak: 'ピーク時の負荷（タスク換算）',
    target: 'CPU 使用率の目標（%）',
    min: '最小タスク数',
    max: '最大タスク数',
    outCooldown: 'スケールアウトのクールダウン（秒）',
    inCooldown: 'スケールインのクールダウン（秒）',
    disableScaleIn: 'スケールインを無効にする',
    scheduled: '平日 8:30〜20:00 に最小数を引き上げる（Asia/Tokyo）',
    prewarm: '引き上げ後の最小タスク数',
    taskStart: 'タスクの起動時間（秒）',
    tasksChart: 'タスク数（東京時間）',
    cpuChart: '平均 CPU 使用率',
    desired: '希望数',
    running: '実行中',
    load: '負荷（タスク換算）',
    cpu: 'CPU',
    targetLine: '目標',
    table: '推移を表で見る',
    time: '時刻',
    summary: (peak: number, hours: string, saturated: number) =>
      `希望数の最大 ${peak}、延べ ${hours} タスク時間。処理能力が負荷に追いつかなかった時間は ${saturated} 分。`,
    log: 'スケーリングの記録',
    error: '設定が無効です',
    cooldownNote:
      'スケールアウトのクールダウン中も、より大きなスケールアウトは実行されます。スケールインはクールダウンが明けるまで待ちます。',
  },
  en: {
    settings: 'Settings',
    curve: 'Load pattern',
    curves: { steady: 'Steady', spike: 'Spike at 9:00 (90 min)', daily: 'Daily cycle (ramping up to 9:00)' },
    peak: 'Peak load (in busy tasks)',
    target: 'Target CPU utilisation (%)',
    min: 'Minimum tasks',
    max: 'Maximum tasks',
    outCooldown: 'Scale-out cooldown (s)',
    inCooldown: 'Scale-in cooldown (s)',
    disableScaleIn: 'Disable scale-in',
    scheduled: 'Raise the minimum on weekdays 8:30–20:00 (Asia/Tokyo)',
    prewarm: 'Raised minimum',
    taskStart: 'Task start time (s)',
    tasksChart: 'Tasks (Tokyo time)',
    cpuChart: 'Average CPU utilisation',
    desired: 'desired',
    running: 'running',
    load: 'load (busy tasks)',
    cpu: 'CPU',
    targetLine: 'target',
    table: 'Show as a table',
    time: 'Time',
    summary: (peak: number, hours: string, saturated: number) =>
      `Peak desired count ${peak}, ${hours} task-hours in total. Minutes when capacity could not keep up with demand: ${saturated}.`,
    log: 'Scaling activity',
    error: 'The settings are not valid',
    cooldownNote:
      'During a scale-out cooldown, a larger scale-out still happens. Scale-in waits until its cooldown has passed.',
  },
} as const;

function settings(ctx: WidgetContext<ScalingState>): HTMLElement {
  const t = TEXT[ctx.lang];
  const st = ctx.state;
  const set = (patch: Partial<ScalingState>) => ctx.update({ ...st, ...patch });
  const id = (name: string) => `${ctx.key}-${name}`;
  return h(
    'fieldset',
    { class: 'dw-settings' },
    h('legend', {}, t.settings),
    h(
      'div',
      { class: 'dw-row' },
      selectField({
        id: id('curve'),
        label: t.curve,
        value: st.curve,
        choices: CURVES.map((value) => ({ value, label: t.curves[value] })),
        onChange: (value) => set({ curve: CURVES.find((c) => c === value) ?? st.curve }),
      }),
      numberField({
        id: id('peak'),
        label: t.peak,
        value: st.peak,
        min: 0,
        max: SCALING_BOUNDS.peak.max,
        onChange: (peak) => set({ peak }),
      }),
      numberField({
        id: id('target'),
        label: t.target,
        value: st.target,
        min: 1,
        max: 100,
        onChange: (target) => set({ target }),
      }),
      numberField({
        id: id('min'),
        label: t.min,
        value: st.min,
        min: 0,
        max: SCALING_BOUNDS.min.max,
        onChange: (min) => set({ min }),
      }),
      numberField({
        id: id('max'),
        label: t.max,
        value: st.max,
        min: 0,
        max: SCALING_BOUNDS.max.max,
        onChange: (max) => set({ max }),
      }),
    ),
    h(
      'div',
      { class: 'dw-row' },
      numberField({
        id: id('out'),
        label: t.outCooldown,
        value: st.scaleOutCooldown,
        min: 0,
        max: 3600,
        step: 30,
        onChange: (scaleOutCooldown) => set({ scaleOutCooldown }),
      }),
      numberField({
        id: id('in'),
        label: t.inCooldown,
        value: st.scaleInCooldown,
        min: 0,
        max: 3600,
        step: 30,
        onChange: (scaleInCooldown) => set({ scaleInCooldown }),
      }),
      numberField({
        id: id('start'),
        label: t.taskStart,
        value: st.taskStart,
        min: 0,
        max: 600,
        step: 10,
        onChange: (taskStart) => set({ taskStart }),
      }),
      checkboxField({
        id: id('noin'),
        label: t.disableScaleIn,
        checked: st.disableScaleIn,
        onChange: (disableScaleIn) => set({ disableScaleIn }),
      }),
    ),
    h(
      'div',
      { class: 'dw-row' },
      checkboxField({
        id: id('sched'),
        label: t.scheduled,
        checked: st.scheduled,
        onChange: (scheduled) => set({ scheduled }),
      }),
      st.scheduled
        ? numberField({
            id: id('prewarm'),
            label: t.prewarm,
            value: st.prewarm,
            min: 0,
            max: SCALING_BOUNDS.prewarm.max,
            onChange: (prewarm) => set({ prewarm }),
          })
        : null,
    ),
  );
}

/** Ticks on the day's clock axis fall on whole hours. */
const HOUR_STEPS = [60, 120, 180, 240, 360, 720];

/** The clock of a minute of the day; the end of the day reads 24:00, not a second 00:00. */
function dayClock(minute: number): string {
  return minute >= 1440 ? '24:00' : clockOfMinute(minute);
}

function charts(ctx: WidgetContext<ScalingState>, result: AutoScalingResult): HTMLElement {
  const t = TEXT[ctx.lang];
  const points = result.points;
  const yMax = Math.max(ctx.state.max, ...points.map((p) => Math.max(p.desired, p.load))) + 1;
  const tasks = fittedChart((width) =>
    stepChart({
      width,
      series: [
        {
          label: t.load,
          className: 'dw-chart__metric',
          points: points.map((p) => ({ x: p.minute, y: p.load })),
        },
        {
          label: t.desired,
          className: 'dw-chart__desired',
          points: points.map((p) => ({ x: p.minute, y: p.desired })),
        },
        {
          label: t.running,
          className: 'dw-chart__running',
          points: points.map((p) => ({ x: p.minute, y: p.running })),
        },
      ],
      xMax: 1440,
      yMax,
      xLabel: dayClock,
      xSteps: HOUR_STEPS,
      guides: [
        { y: ctx.state.max, className: 'dw-chart__ceiling', label: t.max },
        { y: ctx.state.min, className: 'dw-chart__floor', label: t.min },
      ],
    }),
  );
  const cpu = fittedChart((width) =>
    stepChart({
      width,
      series: [
        {
          label: t.cpu,
          className: 'dw-chart__metric',
          points: points.map((p) => ({ x: p.minute, y: p.metric ?? 0 })),
        },
      ],
      xMax: 1440,
      yMax: 100,
      xLabel: dayClock,
      xSteps: HOUR_STEPS,
      yLabel: (value) => `${Math.round(value)}%`,
      guides: [{ y: ctx.state.target, className: 'dw-chart__grid', label: t.targetLine }],
    }),
  );
  const rows = sample(points, 49).map((p) => [
    clockOfMinute(p.minute),
    p.load.toFixed(1),
    p.desired,
    p.running,
    p.metric === null ? '—' : `${p.metric.toFixed(0)}%`,
  ]);
  return h(
    'div',
    {},
    h(
      'figure',
      { class: 'dw-chart-figure' },
      h('figcaption', { class: 'dw-subtitle' }, t.tasksChart),
      tasks,
      legend([
        { label: `— ${t.running}`, className: 'dw-legend__running' },
        { label: `- - ${t.desired}`, className: 'dw-legend__desired' },
        { label: `— ${t.load}`, className: 'dw-legend__ceiling' },
      ]),
    ),
    h(
      'figure',
      { class: 'dw-chart-figure' },
      h('figcaption', { class: 'dw-subtitle' }, t.cpuChart),
      cpu,
      legend([
        { label: `— ${t.cpu}`, className: 'dw-legend__ceiling' },
        { label: `··· ${t.targetLine} ${ctx.state.target}%`, className: 'dw-muted' },
      ]),
    ),
    h(
      'details',
      {},
      h('summary', {}, t.table),
      dataTable([t.time, t.load, t.desired, t.running, t.cpu], rows),
    ),
  );
}

function view(ctx: WidgetContext<ScalingState>): Node[] {
  const t = TEXT[ctx.lang];
  const run = runScaling(ctx.state);
  if (!run.ok) return [settings(ctx), errorMessage(t.error, ctx.lang, run)];
  const { result } = run;
  const hours = new Intl.NumberFormat(ctx.lang, { maximumFractionDigits: 1 });
  return [
    settings(ctx),
    h(
      'p',
      { class: 'dw-outcome', role: 'status' },
      t.summary(result.peakDesired, hours.format(result.runningTaskHours), saturatedMinutes(result)),
    ),
    charts(ctx, result),
    h('p', { class: 'dw-note' }, t.cooldownNote),
    h(
      'details',
      {},
      h('summary', {}, t.log),
      eventLog(
        t.log,
        result.events.map((event) => ({
          time: clockOfMinute((event.time - DAY_START_MS) / 60000),
          message: scalingEventText(ctx.lang, event),
        })),
      ),
    ),
  ];
}

/** Mounts the auto scaling widget into its host element. */
export function mount(host: HTMLElement): void {
  mountWidget<ScalingState>({
    host,
    className: 'dw-scaling',
    start: DEFAULT_SCALING_STATE,
    read: readScalingState,
    bound: boundScalingState,
    view,
  });
}
