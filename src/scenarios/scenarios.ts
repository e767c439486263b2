import { DEFAULT_SPLIT_STATE, evaluateSplit, type SplitState } from '../widgets/capacity-split/model.ts';
import { runRolling, DEFAULT_ROLLING_STATE, type RollingState } from '../widgets/rolling/model.ts';
import { runBlueGreen, DEFAULT_BLUE_GREEN_STATE, type BlueGreenState } from '../widgets/blue-green/model.ts';
import {
  runScaling,
  saturatedMinutes,
  DEFAULT_SCALING_STATE,
  type ScalingState,
} from '../widgets/autoscaling/model.ts';
import type { Goal, Scenario } from './types.ts';

function tasksOn(state: SplitState, provider: string): number {
  const outcome = evaluateSplit(state);
  return outcome.ok
    ? outcome.shares.filter((s) => s.provider === provider).reduce((sum, s) => sum + s.tasks, 0)
    : -1;
}

function splitIsValid(state: SplitState): boolean {
  return evaluateSplit(state).ok;
}

function exactSplit(state: SplitState): boolean {
  const outcome = evaluateSplit(state);
  return outcome.ok && !outcome.rounded;
}

const exactGoal: Goal<SplitState> = {
  text: {
    ja: '端数の丸めに頼らない（AWS が文書化している割り切れる分け方になっている）',
    en: 'No rounding involved (the split divides exactly, as in the cases AWS documents)',
  },
  check: exactSplit,
};

function rolling(state: RollingState) {
  const run = runRolling(state);
  return run.ok ? run.result : undefined;
}

function blueGreen(state: BlueGreenState) {
  const run = runBlueGreen(state);
  return run.ok ? run.result : undefined;
}

function scaling(state: ScalingState) {
  const run = runScaling(state);
  return run.ok ? run.result : undefined;
}

const spotSeventy: Scenario<SplitState> = {
  id: 'split-spot-seventy',
  widget: 'split',
  title: { ja: 'Spot を 7 割以上に', en: 'At least 70 % on Spot' },
  brief: {
    ja: '10 タスクのサービスのコストを下げます。中断に備えてオンデマンドの FARGATE に最低 2 タスクを確保しつつ、全体の 70% 以上を FARGATE_SPOT に置いてください。',
    en: 'Cut the cost of a 10-task service. Keep at least 2 tasks on on-demand FARGATE in case Spot capacity is reclaimed, and put at least 70 % of all tasks on FARGATE_SPOT.',
  },
  lesson: { slug: '03-fargate-ec2', anchor: 'strategy-base-weight' },
  // The widget's default: FARGATE base 2 weight 1, FARGATE_SPOT weight 3, 10 tasks.
  start: DEFAULT_SPLIT_STATE,
  solution: {
    ...DEFAULT_SPLIT_STATE,
    rows: [
      { provider: 'FARGATE', base: 2, weight: 0 },
      { provider: 'FARGATE_SPOT', base: 0, weight: 1 },
    ],
    desired: 10,
  },
  goals: [
    {
      text: { ja: '希望タスク数は 10', en: 'The desired count is 10' },
      check: (s) => s.desired === 10 && splitIsValid(s),
    },
    {
      text: { ja: 'FARGATE に 2 タスク以上', en: 'At least 2 tasks on FARGATE' },
      check: (s) => tasksOn(s, 'FARGATE') >= 2,
    },
    {
      text: { ja: 'FARGATE_SPOT に 7 タスク以上（70% 以上）', en: 'At least 7 tasks (70 %) on FARGATE_SPOT' },
      check: (s) => tasksOn(s, 'FARGATE_SPOT') >= 7,
    },
    exactGoal,
  ],
  hints: [
    {
      ja: 'ベースは重みより先に満たされます。FARGATE のベース 2 はそのままで構いません。',
      en: 'The base is placed before any weight applies. FARGATE can keep its base of 2.',
    },
    {
      ja: 'ベースを満たした後の 8 タスクを、すべて Spot に回すにはどんな重みにすればよいでしょう。',
      en: 'Which weights send all 8 tasks after the base to Spot?',
    },
    {
      ja: 'FARGATE の重みを 0 にすると、ベースの 2 タスクだけが FARGATE に置かれます。',
      en: 'A weight of 0 on FARGATE means it only gets its base of 2 tasks.',
    },
  ],
};

const weightsOnly: Scenario<SplitState> = {
  id: 'split-weights-only',
  widget: 'split',
  title: { ja: 'ベースなしで 1 対 4', en: 'One to four, no base' },
  brief: {
    ja: 'バッチ処理用のサービスにはベースは不要です。ベースを使わずに、10 タスクを FARGATE に 2、FARGATE_SPOT に 8 の割合で置いてください。',
    en: 'A batch service needs no base. Without any base, place 10 tasks as 2 on FARGATE and 8 on FARGATE_SPOT.',
  },
  lesson: { slug: '03-fargate-ec2', anchor: 'strategy-base-weight' },
  // The widget's default: FARGATE base 2 weight 1, FARGATE_SPOT weight 3, 10 tasks.
  start: DEFAULT_SPLIT_STATE,
  solution: {
    ...DEFAULT_SPLIT_STATE,
    rows: [
      { provider: 'FARGATE', base: 0, weight: 1 },
      { provider: 'FARGATE_SPOT', base: 0, weight: 4 },
    ],
    desired: 10,
  },
  goals: [
    {
      text: { ja: 'どのプロバイダーにもベースがない', en: 'No provider has a base' },
      check: (s) => s.rows.every((row) => row.base === 0) && splitIsValid(s),
    },
    {
      text: { ja: 'FARGATE に 2 タスク', en: '2 tasks on FARGATE' },
      check: (s) => s.desired === 10 && tasksOn(s, 'FARGATE') === 2,
    },
    {
      text: { ja: 'FARGATE_SPOT に 8 タスク', en: '8 tasks on FARGATE_SPOT' },
      check: (s) => s.desired === 10 && tasksOn(s, 'FARGATE_SPOT') === 8,
    },
    exactGoal,
  ],
  hints: [
    {
      ja: '重みは比率です。2 対 8 を最も小さな整数の比にすると？',
      en: 'Weights are a ratio. What is 2 to 8 in its smallest whole numbers?',
    },
    {
      ja: 'FARGATE のベースを 0 にし、重みを 1 対 4 にします。',
      en: 'Set FARGATE’s base to 0 and the weights to 1 and 4.',
    },
  ],
};

const fullCapacity: Scenario<RollingState> = {
  id: 'rolling-full-capacity',
  widget: 'rolling',
  title: { ja: '容量を落とさずにデプロイ', en: 'Deploy without losing capacity' },
  brief: {
    ja: '4 タスクの web に v2 をデプロイします。正常なタスクが 1 つも減らないこと（100% 以上）、同時に動くタスクが 6 を超えないこと（150% 以下）を守ってください。',
    en: 'Deploy v2 to the 4-task web service. Never let healthy tasks drop below 4 (100 %), and never run more than 6 tasks at once (150 %).',
  },
  lesson: { slug: '05-deployments', anchor: 'min-max-percent' },
  start: { ...DEFAULT_ROLLING_STATE, minPct: 50, maxPct: 200 },
  solution: { ...DEFAULT_ROLLING_STATE, minPct: 100, maxPct: 150 },
  goals: [
    {
      text: { ja: 'デプロイが完了する', en: 'The deployment completes' },
      check: (s) => rolling(s)?.outcome === 'COMPLETED',
    },
    { text: { ja: '希望タスク数は 4', en: 'The desired count is 4' }, check: (s) => s.desired === 4 },
    {
      text: { ja: '正常なタスクが常に 4 以上', en: 'Healthy tasks never drop below 4' },
      check: (s) => rolling(s)?.timeline.every((p) => p.healthy >= 4) ?? false,
    },
    {
      text: { ja: '起動中を含めて常に 6 タスク以下', en: 'Never more than 6 tasks running or starting' },
      check: (s) => rolling(s)?.timeline.every((p) => p.running + p.pending <= 6) ?? false,
    },
  ],
  hints: [
    {
      ja: '最小ヘルス率は「下回ってはいけない割合」、最大率は「超えてはいけない割合」です。',
      en: 'Minimum healthy percent is the floor; maximum percent is the ceiling.',
    },
    { ja: '4 × 150% = 6 です。', en: '4 × 150 % = 6.' },
  ],
};

const autoRollback: Scenario<RollingState> = {
  id: 'rolling-auto-rollback',
  widget: 'rolling',
  title: { ja: '失敗したら自動で戻す', en: 'Roll back by itself' },
  brief: {
    ja: 'v2 には起動直後に落ちるバグがあります。今の設定ではデプロイが失敗を繰り返したまま止まりません。ECS が自動で v1 に戻すように設定してください。',
    en: 'v2 has a bug that crashes it right after start. With the current settings the deployment keeps failing and never ends. Make ECS go back to v1 by itself.',
  },
  lesson: { slug: '05-deployments', anchor: 'circuit-breaker' },
  start: { ...DEFAULT_ROLLING_STATE, version: 'fail-start', breaker: false, rollback: false },
  solution: { ...DEFAULT_ROLLING_STATE, version: 'fail-start', breaker: true, rollback: true },
  goals: [
    {
      text: { ja: '新しいバージョンは起動に失敗するまま', en: 'The new version still fails to start' },
      check: (s) => s.version === 'fail-start',
    },
    {
      text: { ja: 'デプロイがロールバックで終わる', en: 'The deployment ends by rolling back' },
      check: (s) => rolling(s)?.outcome === 'ROLLED_BACK',
    },
  ],
  hints: [
    {
      ja: '失敗を数えてデプロイを止める仕組みの名前は？',
      en: 'What counts failures and stops a deployment?',
    },
    {
      ja: 'サーキットブレーカーを有効にし、ロールバックもオンにします。',
      en: 'Enable the circuit breaker, with rollback on.',
    },
  ],
};

const unstick: Scenario<RollingState> = {
  id: 'rolling-unstick',
  widget: 'rolling',
  title: { ja: '進まないデプロイを直す', en: 'Unstick a deployment' },
  brief: {
    ja: '2 タスクのサービスで、最小ヘルス率 100%、最大率 100% にしたところ、デプロイが始まりません。正常なタスクを減らさないまま、デプロイが完了するようにしてください。',
    en: 'A 2-task service with minimum healthy 100 % and maximum 100 % never starts its deployment. Make it complete without ever dropping healthy tasks below 2.',
  },
  lesson: { slug: '05-deployments', anchor: 'min-max-percent' },
  start: { ...DEFAULT_ROLLING_STATE, desired: 2, minPct: 100, maxPct: 100 },
  solution: { ...DEFAULT_ROLLING_STATE, desired: 2, minPct: 100, maxPct: 150 },
  goals: [
    { text: { ja: '希望タスク数は 2', en: 'The desired count is 2' }, check: (s) => s.desired === 2 },
    {
      text: { ja: 'デプロイが完了する', en: 'The deployment completes' },
      check: (s) => rolling(s)?.outcome === 'COMPLETED',
    },
    {
      text: { ja: '正常なタスクが常に 2 以上', en: 'Healthy tasks never drop below 2' },
      check: (s) => rolling(s)?.timeline.every((p) => p.healthy >= 2) ?? false,
    },
  ],
  hints: [
    {
      ja: '100/100 では、新しいタスクを起動する余地も、古いタスクを止める余地もありません。',
      en: 'At 100/100 there is room neither to start a new task nor to stop an old one.',
    },
    {
      ja: '最大率を上げると、新しいタスクを先に起動できます。2 × 150% = 3（切り捨て）です。',
      en: 'Raise the maximum so a new task can start first. 2 × 150 % = 3 (rounded down).',
    },
  ],
};

const tightCeiling: Scenario<RollingState> = {
  id: 'rolling-no-extra-capacity',
  widget: 'rolling',
  title: { ja: '追加の容量なしでデプロイ', en: 'Deploy with no spare capacity' },
  brief: {
    ja: '10 タスクのサービスですが、クラスターに余裕がなく、同時に 10 タスクより多くは動かせません。半分以上を正常に保ったまま v2 をデプロイしてください。',
    en: 'The 10-task service’s cluster has no spare room: never more than 10 tasks at once. Deploy v2 while keeping at least half of them healthy.',
  },
  lesson: { slug: '05-deployments', anchor: 'min-max-percent' },
  start: { ...DEFAULT_ROLLING_STATE, desired: 10 },
  solution: { ...DEFAULT_ROLLING_STATE, desired: 10, minPct: 50, maxPct: 100 },
  goals: [
    { text: { ja: '希望タスク数は 10', en: 'The desired count is 10' }, check: (s) => s.desired === 10 },
    {
      text: { ja: 'デプロイが完了する', en: 'The deployment completes' },
      check: (s) => rolling(s)?.outcome === 'COMPLETED',
    },
    {
      text: { ja: '起動中を含めて常に 10 タスク以下', en: 'Never more than 10 tasks running or starting' },
      check: (s) => rolling(s)?.timeline.every((p) => p.running + p.pending <= 10) ?? false,
    },
    {
      text: { ja: '正常なタスクが常に 5 以上', en: 'Healthy tasks never drop below 5' },
      check: (s) => rolling(s)?.timeline.every((p) => p.healthy >= 5) ?? false,
    },
  ],
  hints: [
    {
      ja: '上限を 100% にすると、古いタスクを先に止めて空きを作る必要があります。',
      en: 'With a 100 % ceiling, old tasks must stop first to make room.',
    },
    {
      ja: '最小ヘルス率 50%、最大率 100% で試してみましょう。',
      en: 'Try minimum healthy 50 % and maximum 100 %.',
    },
  ],
};

const daemonAgents: Scenario<RollingState> = {
  id: 'rolling-daemon-agents',
  widget: 'rolling',
  title: { ja: 'DAEMON のエージェントを半分ずつ更新', en: 'Update DAEMON agents half at a time' },
  brief: {
    ja: 'ログ収集エージェントは DAEMON サービスとして 6 台のコンテナインスタンスに 1 つずつ動いています。既定の設定では更新中に全台のエージェントが止まります。常に 3 台以上でエージェントが正常に動いたまま、新しいバージョンに更新してください。',
    en: 'The log agent runs as a DAEMON service, one task on each of 6 container instances. With the default settings every agent stops during an update. Update it while at least 3 instances always keep a healthy agent.',
  },
  lesson: { slug: '04-services-autoscaling', anchor: 'scheduling-strategies' },
  start: {
    ...DEFAULT_ROLLING_STATE,
    strategy: 'DAEMON',
    instances: 6,
    minPct: 0,
    maxPct: 100,
    loadBalancer: false,
  },
  solution: {
    ...DEFAULT_ROLLING_STATE,
    strategy: 'DAEMON',
    instances: 6,
    minPct: 50,
    maxPct: 100,
    loadBalancer: false,
  },
  goals: [
    {
      text: { ja: 'DAEMON サービスで、インスタンスは 6 台', en: 'A DAEMON service on 6 instances' },
      check: (s) => s.strategy === 'DAEMON' && s.instances === 6,
    },
    {
      text: { ja: 'デプロイが完了する', en: 'The deployment completes' },
      check: (s) => rolling(s)?.outcome === 'COMPLETED',
    },
    {
      text: { ja: '正常なエージェントが常に 3 以上', en: 'At least 3 healthy agents at all times' },
      check: (s) => rolling(s)?.timeline.every((p) => p.healthy >= 3) ?? false,
    },
  ],
  hints: [
    {
      ja: 'DAEMON ではインスタンスごとに 1 タスクなので、最大率は 100% のままです。先に起動する余地はありません。',
      en: 'A DAEMON runs one task per instance, so the maximum stays at 100 %: nothing can start first.',
    },
    {
      ja: '残す数は最小ヘルス率で決まります。6 × 50% = 3 です。',
      en: 'The minimum healthy percent decides how many stay. 6 × 50 % = 3.',
    },
  ],
};

const canaryTen: Scenario<BlueGreenState> = {
  id: 'bluegreen-canary-ten',
  widget: 'bluegreen',
  title: { ja: 'まず 10% だけ', en: 'Ten percent first' },
  brief: {
    ja: '新しいバージョンを、まず本番トラフィックの 10% だけで 5 分以上試し、問題がなければ残りを移す設定にしてください。',
    en: 'Configure the deployment to try the new version on 10 % of production traffic for at least 5 minutes before moving the rest.',
  },
  lesson: { slug: '05-deployments', anchor: 'linear-canary' },
  start: { ...DEFAULT_BLUE_GREEN_STATE, strategy: 'BLUE_GREEN' },
  solution: { ...DEFAULT_BLUE_GREEN_STATE, strategy: 'CANARY', percent: 10, stepMinutes: 5 },
  goals: [
    {
      text: { ja: 'デプロイが完了する', en: 'The deployment completes' },
      check: (s) => blueGreen(s)?.outcome === 'COMPLETED',
    },
    {
      text: {
        ja: '最初に移すのは本番トラフィックの 10%',
        en: 'The first shift moves 10 % of production traffic',
      },
      check: (s) => blueGreen(s)?.schedule[0]?.greenPercent === 10,
    },
    {
      text: { ja: '10% の状態が 5 分以上続く', en: 'Traffic stays at 10 % for at least 5 minutes' },
      check: (s) => (blueGreen(s)?.schedule[1]?.minute ?? 0) >= 5,
    },
  ],
  hints: [
    {
      ja: '一部のトラフィックで試してから残りを一度に移す方式の名前は？',
      en: 'Which strategy tries part of the traffic, then moves the rest at once?',
    },
    {
      ja: 'ECS ネイティブの CANARY で、割合 10%、待ち 5 分にします。',
      en: 'ECS-native CANARY, 10 %, with a 5-minute wait.',
    },
  ],
};

const hookBeforeProduction: Scenario<BlueGreenState> = {
  id: 'bluegreen-test-before-production',
  widget: 'bluegreen',
  title: { ja: '本番の前に止める', en: 'Stop before production' },
  brief: {
    ja: '結合テストを Lambda のライフサイクルフックとして実行し、v2 で失敗させます。テストが失敗したとき、本番トラフィックが 1 度もグリーンに流れないよう、フックを置く段階を選んでください。',
    en: 'Your integration tests run as a Lambda lifecycle hook, and they fail on v2. Pick the stage for the hook so that, when it fails, no production traffic ever reaches green.',
  },
  lesson: { slug: '05-deployments', anchor: 'lifecycle-hooks' },
  start: { ...DEFAULT_BLUE_GREEN_STATE, failingHook: 'POST_PRODUCTION_TRAFFIC_SHIFT' },
  solution: { ...DEFAULT_BLUE_GREEN_STATE, failingHook: 'POST_TEST_TRAFFIC_SHIFT' },
  goals: [
    {
      text: { ja: 'テスト（失敗するフック）がある', en: 'The failing test hook is in place' },
      check: (s) => s.failingHook !== '',
    },
    {
      text: { ja: 'デプロイがロールバックで終わる', en: 'The deployment ends by rolling back' },
      check: (s) => blueGreen(s)?.outcome === 'ROLLED_BACK',
    },
    {
      text: {
        ja: '本番トラフィックがグリーンに 1 度も流れない',
        en: 'Production traffic never reaches green',
      },
      check: (s) => blueGreen(s)?.timeline.every((p) => p.greenPercent === 0) ?? false,
    },
  ],
  hints: [
    {
      ja: 'テスト用リスナーにだけトラフィックが流れている段階はどれでしょう。',
      en: 'At which stage does only the test listener route to green?',
    },
    {
      ja: 'TEST_TRAFFIC_SHIFT の後、PRODUCTION_TRAFFIC_SHIFT の前の段階です。',
      en: 'After TEST_TRAFFIC_SHIFT and before PRODUCTION_TRAFFIC_SHIFT.',
    },
  ],
};

const morningSpike: Scenario<ScalingState> = {
  id: 'scaling-morning-spike',
  widget: 'scaling',
  title: { ja: '9:00 の急増に備える', en: 'Ready for the 9:00 spike' },
  brief: {
    ja: '毎朝 9:00 にアクセスが急増し、タスクの起動が間に合わずに処理が追いつかない時間があります。最大 20 タスクを超えずに、処理が追いつかない時間を 0 分にしてください。',
    en: 'Every morning at 9:00 traffic jumps, and tasks cannot start fast enough to keep up. Without going over 20 tasks, bring the minutes when capacity falls behind down to zero.',
  },
  lesson: { slug: '04-services-autoscaling', anchor: 'scheduled-scaling' },
  start: { ...DEFAULT_SCALING_STATE, curve: 'spike' },
  solution: { ...DEFAULT_SCALING_STATE, curve: 'spike', scheduled: true, prewarm: 14 },
  goals: [
    {
      text: { ja: '負荷のパターンは 9:00 の急増', en: 'The load pattern is the 9:00 spike' },
      check: (s) => s.curve === 'spike' && s.peak === 12,
    },
    {
      text: { ja: '最大タスク数は 20 以下', en: 'Maximum tasks at most 20' },
      check: (s) => s.max <= 20 && scaling(s) !== undefined,
    },
    {
      text: { ja: '処理が追いつかない時間が 0 分', en: 'No minute where capacity falls behind' },
      check: (s) => {
        const result = scaling(s);
        return result !== undefined && saturatedMinutes(result) === 0;
      },
    },
  ],
  hints: [
    {
      ja: 'ターゲット追跡は負荷が上がってから反応します。起動に 60 秒かかるタスクは間に合いません。',
      en: 'Target tracking reacts after load rises, and tasks take 60 seconds to start.',
    },
    {
      ja: '急増が来る時刻は分かっています。その前に最小タスク数を上げておけます。',
      en: 'You know when the spike comes. You can raise the minimum before it.',
    },
    {
      ja: 'スケジュールによる引き上げをオンにし、引き上げ後の最小数を 14 前後にしてみましょう。',
      en: 'Turn on the scheduled raise and try a raised minimum around 14.',
    },
  ],
};

/** Every scenario, in the order the course meets them. */
export const SCENARIOS = [
  spotSeventy,
  weightsOnly,
  fullCapacity,
  autoRollback,
  unstick,
  tightCeiling,
  daemonAgents,
  canaryTen,
  hookBeforeProduction,
  morningSpike,
] as const;

export type AnyScenario = (typeof SCENARIOS)[number];
