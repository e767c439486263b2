import {
  SCHEDULING_STRATEGIES,
  taskStatesAt,
  type RollingDeploymentResult,
  type TaskState,
} from '../../../sim/index.ts';
import { checkboxField, h, numberField, selectField } from '../../dom.ts';
import { fittedChart, sample, stepChart } from '../step-chart.ts';
import { rollingEventText } from '../../../widgets/event-log-text.ts';
import { formatClockSeconds } from '../../../util/format-clock.ts';
import { createWidgetContext, errorMessage, type WidgetContext } from '../../widget-shell.ts';
import {
  DEFAULT_ROLLING_STATE,
  VERSIONS,
  withStrategy,
  ROLLING_BOUNDS,
  boundRollingState,
  readRollingState,
  runRolling,
  type RollingState,
} from '../../../widgets/rolling/model.ts';

const TEXT = {
  ja: {
    settings: '設定',
    strategy: 'スケジューリング戦略',
    strategies: { REPLICA: 'REPLICA（希望タスク数を維持）', DAEMON: 'DAEMON（インスタンスごとに 1 タスク）' },
    instances: 'コンテナインスタンス数',
    desired: '希望タスク数',
    minPct: '最小ヘルス率（%）',
    maxPct: '最大率（%）',
    version: '新しいバージョンの振る舞い',
    versions: {
      healthy: '正常',
      'fail-start': '起動に失敗する',
      'fail-health-check': 'ヘルスチェックに失敗する',
      flaky: 'ときどき起動に失敗する',
    },
    breaker: 'サーキットブレーカー',
    rollback: '失敗時にロールバック',
    lb: 'ロードバランサーの背後',
    hc: 'コンテナのヘルスチェック',
    grace: 'ヘルスチェックの猶予期間（秒）',
    play: '再生',
    pause: '一時停止',
    step: '次のイベントへ',
    speed: '再生速度',
    time: '経過時間',
    tasks: 'タスク',
    legendOld: '旧バージョン',
    legendNew: '新バージョン',
    chart: 'タスク数の推移',
    running: '実行中（RUNNING）',
    healthy: '正常（healthy）',
    floor: '下限',
    ceiling: '上限',
    table: '推移を表で見る',
    colTime: '時刻',
    log: 'サービスイベント',
    outcome: '結果',
    outcomes: {
      COMPLETED: 'デプロイ完了',
      FAILED: 'デプロイ失敗',
      ROLLED_BACK: 'ロールバック完了',
      STUCK: '進まない（STUCK）',
    },
    limits: (min: number, max: number) =>
      `正常なタスクは ${min} 個以上、起動中を含むタスクは ${max} 個以下に保たれます。`,
    summary: (o: string, d: string) => `結果: ${o}（所要 ${d}）`,
    error: '設定が無効です',
    eventLimit: (clock: string) =>
      `再生できるイベント数の上限（10 万件）に達したため、${clock} でシミュレーションを打ち切りました。この画面の上限で、ECS の上限ではありません。`,
    states: { healthy: '正常', unhealthy: '未確認', starting: '起動中', stopping: '停止中' },
  },
  en: {
    settings: 'Settings',
    strategy: 'Scheduling strategy',
    strategies: { REPLICA: 'REPLICA (keeps the desired count)', DAEMON: 'DAEMON (one task per instance)' },
    instances: 'Container instances',
    desired: 'Desired count',
    minPct: 'Minimum healthy percent',
    maxPct: 'Maximum percent',
    version: 'The new version',
    versions: {
      healthy: 'is healthy',
      'fail-start': 'fails to start',
      'fail-health-check': 'fails its health check',
      flaky: 'sometimes fails to start',
    },
    breaker: 'Circuit breaker',
    rollback: 'Roll back on failure',
    lb: 'Behind a load balancer',
    hc: 'Container health check',
    grace: 'Health check grace period (s)',
    play: 'Play',
    pause: 'Pause',
    step: 'Next event',
    speed: 'Speed',
    time: 'Time',
    tasks: 'Tasks',
    legendOld: 'old version',
    legendNew: 'new version',
    chart: 'Task counts over time',
    running: 'running',
    healthy: 'healthy',
    floor: 'floor',
    ceiling: 'ceiling',
    table: 'Show the counts as a table',
    colTime: 'Time',
    log: 'Service events',
    outcome: 'Outcome',
    outcomes: {
      COMPLETED: 'deployment completed',
      FAILED: 'deployment failed',
      ROLLED_BACK: 'rolled back',
      STUCK: 'stuck',
    },
    limits: (min: number, max: number) =>
      `At least ${min} tasks stay healthy, and at most ${max} run or start at once.`,
    summary: (o: string, d: string) => `Outcome: ${o} after ${d}`,
    error: 'The settings are not valid',
    eventLimit: (clock: string) =>
      `The simulation stopped at ${clock}: the player replays at most 100,000 events. This is the player's limit, not an ECS one.`,
    states: { healthy: 'healthy', unhealthy: 'not yet healthy', starting: 'starting', stopping: 'stopping' },
  },
} as const;

const SPEEDS = [10, 30, 60, 120];
const STARTING: readonly TaskState[] = ['PROVISIONING', 'PENDING', 'ACTIVATING'];
const STOPPING: readonly TaskState[] = ['DEACTIVATING', 'STOPPING', 'DEPROVISIONING'];

function settingsForm(ctx: WidgetContext<RollingState>): HTMLElement {
  const t = TEXT[ctx.lang];
  const st = ctx.state;
  const set = (patch: Partial<RollingState>) => ctx.update({ ...st, ...patch });
  const id = (name: string) => `${ctx.key}-${name}`;
  return h(
    'fieldset',
    { class: 'dw-settings' },
    h('legend', {}, t.settings),
    h(
      'div',
      { class: 'dw-row' },
      selectField({
        id: id('strategy'),
        label: t.strategy,
        value: st.strategy,
        choices: SCHEDULING_STRATEGIES.map((value) => ({ value, label: t.strategies[value] })),
        onChange: (value) =>
          ctx.update(withStrategy(st, SCHEDULING_STRATEGIES.find((v) => v === value) ?? 'REPLICA')),
      }),
      st.strategy === 'DAEMON'
        ? numberField({
            id: id('instances'),
            label: t.instances,
            value: st.instances,
            min: 1,
            max: ROLLING_BOUNDS.instances.max,
            onChange: (instances) => set({ instances }),
          })
        : numberField({
            id: id('desired'),
            label: t.desired,
            value: st.desired,
            min: 1,
            max: ROLLING_BOUNDS.desired.max,
            onChange: (desired) => set({ desired }),
          }),
      numberField({
        id: id('min'),
        label: t.minPct,
        value: st.minPct,
        min: 0,
        max: 100,
        step: 5,
        onChange: (minPct) => set({ minPct }),
      }),
      numberField({
        id: id('max'),
        label: t.maxPct,
        value: st.maxPct,
        min: 100,
        max: 400,
        step: 5,
        onChange: (maxPct) => set({ maxPct }),
      }),
      selectField({
        id: id('version'),
        label: t.version,
        value: st.version,
        choices: VERSIONS.map((value) => ({ value, label: t.versions[value] })),
        onChange: (value) => set({ version: VERSIONS.find((v) => v === value) ?? 'healthy' }),
      }),
      numberField({
        id: id('grace'),
        label: t.grace,
        value: st.gracePeriod,
        min: 0,
        max: 600,
        step: 10,
        onChange: (gracePeriod) => set({ gracePeriod }),
      }),
    ),
    h(
      'div',
      { class: 'dw-row' },
      checkboxField({
        id: id('breaker'),
        label: t.breaker,
        checked: st.breaker,
        onChange: (breaker) => set({ breaker }),
      }),
      checkboxField({
        id: id('rollback'),
        label: t.rollback,
        checked: st.rollback,
        onChange: (rollback) => set({ rollback }),
      }),
      checkboxField({
        id: id('lb'),
        label: t.lb,
        checked: st.loadBalancer,
        onChange: (loadBalancer) => set({ loadBalancer }),
      }),
      checkboxField({
        id: id('hc'),
        label: t.hc,
        checked: st.containerHealthCheck,
        onChange: (containerHealthCheck) => set({ containerHealthCheck }),
      }),
    ),
  );
}

/** Ticks on a deployment's time axis fall on whole seconds, minutes or hours. */
const SECOND_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400];

/** Beyond this many tasks the player shows counts per version and state instead of one tile each. */
export const MAX_TILES = 120;

type Phase = 'healthy' | 'unhealthy' | 'starting' | 'stopping';

function taskTiles(
  ctx: WidgetContext<RollingState>,
  result: RollingDeploymentResult,
  time: number,
): HTMLElement {
  const t = TEXT[ctx.lang];
  const live = taskStatesAt(result, time).filter((task) => task.state !== 'STOPPED');
  const heading = h('h3', { class: 'dw-subtitle' }, `${t.tasks} (${formatClockSeconds(time)})`);
  if (live.length > MAX_TILES) return h('div', { class: 'dw-tasks' }, heading, taskCounts(ctx, live));
  const tiles = h('ul', { class: 'dw-task-list', role: 'list' });
  for (const task of live) {
    const phase = STARTING.includes(task.state)
      ? 'starting'
      : STOPPING.includes(task.state)
        ? 'stopping'
        : task.healthy
          ? 'healthy'
          : 'unhealthy';
    const versionLabel = task.version === 'old' ? t.legendOld : t.legendNew;
    tiles.append(
      h(
        'li',
        { class: `dw-task dw-task--${task.version} dw-task--${phase}`, title: `${task.id}: ${task.state}` },
        h('span', { class: 'dw-task__version' }, task.version === 'old' ? 'v1' : 'v2'),
        h('span', { class: 'dw-task__state' }, task.state),
        h('span', { class: 'dw-visually-hidden' }, `${versionLabel}, ${t.states[phase]}`),
      ),
    );
  }
  return h('div', { class: 'dw-tasks' }, heading, tiles);
}

function phaseOf(task: { state: string; healthy: boolean }): Phase {
  if (STARTING.some((state) => state === task.state)) return 'starting';
  if (STOPPING.some((state) => state === task.state)) return 'stopping';
  return task.healthy ? 'healthy' : 'unhealthy';
}

/** Many tasks: one bar per version and state, its length the share of all tasks, with the count. */
function taskCounts(
  ctx: WidgetContext<RollingState>,
  live: readonly { state: string; healthy: boolean; version: 'old' | 'new' }[],
): HTMLElement {
  const t = TEXT[ctx.lang];
  const phases: Phase[] = ['healthy', 'unhealthy', 'starting', 'stopping'];
  const rows = (['old', 'new'] as const).flatMap((version) =>
    phases.map((phase) => ({
      version,
      phase,
      count: live.filter((task) => task.version === version && phaseOf(task) === phase).length,
    })),
  );
  return h(
    'ul',
    { class: 'dw-task-counts', role: 'list' },
    ...rows
      .filter((row) => row.count > 0)
      .map((row) =>
        h(
          'li',
          { class: `dw-task-count dw-task--${row.version} dw-task--${row.phase}` },
          h(
            'span',
            { class: 'dw-task-count__label' },
            `${row.version === 'old' ? 'v1' : 'v2'} · ${t.states[row.phase]}: ${row.count}`,
          ),
          h('span', {
            class: 'dw-task-count__bar',
            style: `inline-size: ${((row.count / live.length) * 100).toFixed(1)}%`,
            'aria-hidden': 'true',
          }),
        ),
      ),
  );
}

function chart(ctx: WidgetContext<RollingState>, result: RollingDeploymentResult, time: number): HTMLElement {
  const t = TEXT[ctx.lang];
  const end = Math.max(result.durationSeconds, 1);
  // reduce, not Math.max(...timeline): a long run's timeline could overflow the call stack.
  const top =
    result.timeline.reduce((most, p) => Math.max(most, p.running + p.pending), result.limits.maxRunning) + 1;
  const svg = fittedChart((width) =>
    stepChart({
      width,
      series: [
        {
          label: t.running,
          className: 'dw-chart__running',
          points: result.timeline.map((p) => ({ x: p.time, y: p.running })),
        },
        {
          label: t.healthy,
          className: 'dw-chart__healthy',
          points: result.timeline.map((p) => ({ x: p.time, y: p.healthy })),
        },
      ],
      xMax: end,
      yMax: top,
      xLabel: formatClockSeconds,
      xSteps: SECOND_STEPS,
      guides: [
        { y: result.limits.minHealthy, className: 'dw-chart__floor', label: t.floor },
        { y: result.limits.maxRunning, className: 'dw-chart__ceiling', label: t.ceiling },
      ],
      cursorX: time,
    }),
  );
  const legend = h(
    'ul',
    { class: 'dw-legend', role: 'list' },
    h('li', { class: 'dw-legend__running' }, `— ${t.running}`),
    h('li', { class: 'dw-legend__healthy' }, `- - ${t.healthy}`),
    h('li', { class: 'dw-legend__floor' }, `${t.floor} ${result.limits.minHealthy}`),
    h('li', { class: 'dw-legend__ceiling' }, `${t.ceiling} ${result.limits.maxRunning}`),
  );
  const table = h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t.colTime),
        h('th', { scope: 'col' }, t.running),
        h('th', { scope: 'col' }, t.healthy),
        h('th', { scope: 'col' }, t.legendOld),
        h('th', { scope: 'col' }, t.legendNew),
      ),
    ),
    h(
      'tbody',
      {},
      ...sample(result.timeline, 40).map((p) =>
        h(
          'tr',
          {},
          h('td', {}, formatClockSeconds(p.time)),
          h('td', {}, p.running),
          h('td', {}, p.healthy),
          h('td', {}, `${p.old.running} / ${p.old.healthy}`),
          h('td', {}, `${p.new.running} / ${p.new.healthy}`),
        ),
      ),
    ),
  );
  return h(
    'figure',
    { class: 'dw-chart-figure' },
    h('figcaption', { class: 'dw-subtitle' }, t.chart),
    svg,
    legend,
    h('p', { class: 'dw-muted' }, t.limits(result.limits.minHealthy, result.limits.maxRunning)),
    h('details', {}, h('summary', {}, t.table), table),
  );
}

/** Mounts the rolling deployment player into its host element. */
export function mount(host: HTMLElement): void {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  let time = 0;
  let speed = SPEEDS[1] ?? 30;
  let playing = false;
  let frame = 0;
  let lastTick = 0;
  let cacheKey = '';
  let run = runRolling(DEFAULT_ROLLING_STATE);
  const ctx = createWidgetContext<RollingState>({
    host,
    start: DEFAULT_ROLLING_STATE,
    read: readRollingState,
    bound: boundRollingState,
    render: () => renderAll(),
  });
  const t = TEXT[ctx.lang];
  const root = h('div', { class: 'dw dw-rolling' });
  const view = h('div', { class: 'dw-rolling__view' });
  // The log scrolls: focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
  const log = h('ol', {
    class: 'dw-log',
    tabindex: 0,
    'aria-label': t.log,
    'aria-live': 'polite',
    'aria-relevant': 'additions',
  });
  const playButton = h('button', { type: 'button', class: 'dw-button' }, t.play);
  const stepButton = h('button', { type: 'button', class: 'dw-button dw-button--quiet' }, t.step);
  const scrub = h('input', { type: 'range', id: `${ctx.key}-time`, min: 0, max: 0, step: 1, value: 0 });
  const clock = h('output', { for: `${ctx.key}-time`, class: 'dw-clock' }, '0:00');
  const speedField = selectField({
    id: `${ctx.key}-speed`,
    label: t.speed,
    value: String(speed),
    choices: SPEEDS.map((value) => ({ value: String(value), label: `×${value}` })),
    onChange: (value) => (speed = Number(value)),
  });
  const transport = h(
    'div',
    { class: 'dw-row dw-transport' },
    playButton,
    stepButton,
    h('div', { class: 'dw-field' }, h('label', { for: `${ctx.key}-time` }, t.time), scrub),
    clock,
    speedField,
  );

  function result(): RollingDeploymentResult | undefined {
    const key = JSON.stringify(ctx.state);
    if (key !== cacheKey) {
      cacheKey = key;
      run = runRolling(ctx.state);
      time = 0;
      pause();
    }
    return run.ok ? run.result : undefined;
  }

  function renderFrame(): void {
    const res = result();
    if (!res) return;
    time = Math.min(Math.max(time, 0), res.durationSeconds);
    scrub.max = String(res.durationSeconds);
    scrub.value = String(Math.round(time));
    clock.textContent = formatClockSeconds(time);
    const shown = res.events.filter((event) => event.time <= time);
    const done = time >= res.durationSeconds;
    view.replaceChildren(
      taskTiles(ctx, res, time),
      chart(ctx, res, time),
      h(
        'p',
        { class: `dw-outcome dw-outcome--${done ? res.outcome.toLowerCase() : 'running'}`, role: 'status' },
        done ? t.summary(t.outcomes[res.outcome], formatClockSeconds(res.durationSeconds)) : '',
      ),
    );
    if (log.childElementCount !== shown.length) {
      log.replaceChildren(
        ...shown.map((event) =>
          h(
            'li',
            {},
            h('span', { class: 'dw-log__time' }, formatClockSeconds(event.time)),
            ' ',
            h('span', {}, rollingEventText(ctx.lang, event)),
          ),
        ),
      );
    }
  }

  function renderAll(): void {
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    const res = result();
    const body: Node[] = [settingsForm(ctx)];
    const notice = ctx.notice();
    if (notice) body.push(notice);
    if (res?.stuckReason === 'EVENT_LIMIT')
      body.push(
        h('p', { class: 'dw-limit', role: 'status' }, t.eventLimit(formatClockSeconds(res.durationSeconds))),
      );
    if (res)
      body.push(
        transport,
        view,
        h('section', { class: 'dw-log-section' }, h('h3', { class: 'dw-subtitle' }, t.log), log),
      );
    else if (!run.ok) body.push(errorMessage(t.error, ctx.lang, run));
    body.push(ctx.toolbar());
    root.replaceChildren(...body);
    log.replaceChildren();
    renderFrame();
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  function tick(now: number): void {
    const res = result();
    if (!playing || !res) return;
    time += ((now - lastTick) / 1000) * speed;
    lastTick = now;
    if (time >= res.durationSeconds) {
      time = res.durationSeconds;
      pause();
    }
    renderFrame();
    if (playing) frame = requestAnimationFrame(tick);
  }

  function play(): void {
    const res = result();
    if (!res) return;
    if (time >= res.durationSeconds) time = 0;
    playing = true;
    playButton.textContent = t.pause;
    lastTick = performance.now();
    if (reduceMotion) {
      // Without animation: jump from event to event, one per half second.
      const jump = () => {
        if (!playing) return;
        stepForward();
        if (playing) frame = window.setTimeout(jump, 500);
      };
      jump();
    } else frame = requestAnimationFrame(tick);
  }

  function pause(): void {
    playing = false;
    playButton.textContent = t.play;
    cancelAnimationFrame(frame);
    clearTimeout(frame);
  }

  function stepForward(): void {
    const res = result();
    if (!res) return;
    const next = res.timeline.find((point) => point.time > time + 0.001);
    time = next ? next.time : res.durationSeconds;
    if (time >= res.durationSeconds) pause();
    renderFrame();
  }

  playButton.addEventListener('click', () => (playing ? pause() : play()));
  stepButton.addEventListener('click', () => {
    pause();
    stepForward();
  });
  scrub.addEventListener('input', () => {
    pause();
    time = scrub.valueAsNumber;
    renderFrame();
  });
  host.replaceChildren(root);
  renderAll();
}
