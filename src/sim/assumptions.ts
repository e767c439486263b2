/**
 * One modelling choice the simulator makes where AWS documents no rule. Every function that relies
 * on one names its `id` in its TSDoc.
 */
export interface ModelAssumption {
  /** Stable identifier, e.g. `split-rounding`. */
  id: string;
  /** The assumption in English. */
  en: string;
  /** The assumption in Japanese. */
  ja: string;
  /** Public functions it affects. */
  appliesTo: readonly string[];
}

/** Every choice our model makes that AWS does not document, in English and Japanese. */
export const MODEL_ASSUMPTIONS: readonly ModelAssumption[] = [
  {
    id: 'split-rounding',
    en: 'When tasks do not divide evenly by weight, leftover tasks go to the providers with the largest fractional remainder; ties go to the provider listed first. Every count stays within one task of its exact share.',
    ja: '重みで割り切れないときは、端数（小数部分）が大きいキャパシティプロバイダーから順に残りのタスクを 1 つずつ割り当てます。同点なら戦略で先に書かれたプロバイダーを優先します。どのプロバイダーも正確な取り分との差は 1 タスク未満です。',
    appliesTo: ['splitTasks', 'estimateMixedCapacityCost'],
  },
  {
    id: 'split-provider-kind',
    en: 'FARGATE and FARGATE_SPOT are treated as Fargate providers and every other name as an Auto Scaling group provider. ECS Managed Instances providers are not modelled separately.',
    ja: 'FARGATE と FARGATE_SPOT を Fargate のプロバイダー、それ以外の名前はすべて Auto Scaling グループのプロバイダーとして扱います。ECS Managed Instances のプロバイダーは個別にはモデル化していません。',
    appliesTo: ['splitTasks', 'scaleSequence', 'validateStrategy', 'providerKind'],
  },
  {
    id: 'scale-order',
    en: 'AWS documents only Availability Zone balancing for scale-in. Our model adds each new task to the provider furthest below its exact share (ties: earlier item) and removes each task from the provider furthest above it (ties: later item).',
    ja: 'スケールイン時に AWS が文書化しているのはアベイラビリティーゾーンの均衡だけです。本モデルでは、スケールアウトでは正確な取り分を最も下回るプロバイダー（同点は先の項目）に、スケールインでは最も上回るプロバイダー（同点は後の項目）からタスクを増減します。',
    appliesTo: ['scaleSequence'],
  },
  {
    id: 'deploy-percent-bounds',
    en: 'The simulator accepts minimumHealthyPercent from 0 to 100 and maximumPercent from 100 to 400, whole numbers only. For a DAEMON service, where AWS says maximumPercent should remain at 100 %, it accepts only 100.',
    ja: 'シミュレーターが受け付ける値は minimumHealthyPercent が 0〜100、maximumPercent が 100〜400 の整数です。AWS が maximumPercent を 100 % のままにすべきとしている DAEMON サービスでは 100 だけを受け付けます。',
    appliesTo: ['deploymentLimits', 'simulateRollingDeployment'],
  },
  {
    id: 'breaker-config-bounds',
    en: 'Threshold percentages are accepted from 1 to 100 and counts from 1 to 100,000; an UNBOUNDED_PERCENT threshold is never below 1.',
    ja: 'しきい値のパーセントは 1〜100、件数は 1〜100,000 を受け付けます。UNBOUNDED_PERCENT のしきい値は 1 未満にしません。',
    appliesTo: ['circuitBreakerThreshold', 'simulateRollingDeployment'],
  },
  {
    id: 'task-start-phases',
    en: 'A task takes taskStartSeconds to reach RUNNING: 20 % in PROVISIONING, 60 % in PENDING and 20 % in ACTIVATING. Every launching state counts toward maximumPercent.',
    ja: 'タスクは taskStartSeconds で RUNNING に達し、その内訳は PROVISIONING 20 %、PENDING 60 %、ACTIVATING 20 % とします。起動途中のすべての状態を maximumPercent の対象として数えます。',
    appliesTo: ['simulateRollingDeployment', 'simulateBlueGreenDeployment'],
  },
  {
    id: 'health-timing',
    en: 'Container health checks run every interval starting one interval after RUNNING; load balancer checks run every interval starting one interval after the target is registered (start of ACTIVATING). A passing task is healthy after the first container check and the first load balancer check (AWS: a newly registered target needs one passing check); a failing task is unhealthy after `retries` counted container failures or unhealthyThreshold load balancer failures, whichever comes first.',
    ja: 'コンテナヘルスチェックは RUNNING の 1 interval 後から、ロードバランサーのヘルスチェックはターゲット登録（ACTIVATING 開始）の 1 interval 後から、それぞれ interval ごとに実行されるとみなします。正常なタスクは最初のコンテナチェックと最初のロードバランサーチェックで healthy になります（AWS の記述では、新しく登録されたターゲットは 1 回のヘルスチェックに合格すれば healthy です）。失敗するタスクは、開始期間後の失敗が retries 回、またはロードバランサーの失敗が unhealthyThreshold 回に達した早い方で unhealthy になります。',
    appliesTo: ['simulateRollingDeployment'],
  },
  {
    id: 'grace-from-running',
    en: 'healthCheckGracePeriodSeconds is counted from the moment the task reaches RUNNING.',
    ja: 'healthCheckGracePeriodSeconds はタスクが RUNNING になった時点から数えます。',
    appliesTo: ['simulateRollingDeployment'],
  },
  {
    id: 'stop-phases',
    en: 'A stopped task spends the deregistration delay in DEACTIVATING (only behind a load balancer), min(appShutdownSeconds, stopTimeoutSeconds) in STOPPING, and 5 s in DEPROVISIONING. A task that fails to start goes straight to DEPROVISIONING.',
    ja: '停止するタスクは DEACTIVATING に登録解除の遅延時間（ロードバランサー利用時のみ）、STOPPING に min(appShutdownSeconds, stopTimeoutSeconds)、DEPROVISIONING に 5 秒とどまります。起動に失敗したタスクはそのまま DEPROVISIONING に進みます。',
    appliesTo: ['simulateRollingDeployment'],
  },
  {
    id: 'breaker-counting',
    en: 'The circuit breaker counts one failure per task: a task that stops before RUNNING, or a task judged unhealthy. Start failures also count after the breaker has moved to stage 2.',
    ja: 'サーキットブレーカーは 1 タスクにつき 1 回の失敗を数えます（RUNNING 前に停止したタスク、または unhealthy と判定されたタスク）。ステージ 2 に進んだ後の起動失敗も数えます。',
    appliesTo: ['simulateRollingDeployment'],
  },
  {
    id: 'flaky-failures',
    en: "For a 'flaky' new version, each new task independently fails with probability failureProbability, drawn from the seeded generator: it fails to start, or with flakyFailure 'health-check' it starts and then fails its health checks.",
    ja: "新しいバージョンが 'flaky' の場合、各タスクはシード付き乱数により確率 failureProbability で独立に失敗します。失敗の仕方は起動失敗、または flakyFailure が 'health-check' のときは起動後のヘルスチェック失敗です。",
    appliesTo: ['simulateRollingDeployment'],
  },
  {
    id: 'unhealthy-one-by-one',
    en: 'When maximumPercent leaves no room for a replacement, the scheduler stops one unhealthy task, starts its replacement, and stops the next unhealthy task only when no task of the deployment is still starting or waiting for its first health verdict.',
    ja: 'maximumPercent に置き換えタスクの余裕がない場合、スケジューラーは unhealthy なタスクを 1 つ停止して置き換えを起動し、デプロイ中のタスクで起動中または最初のヘルスチェック結果を待っているものがなくなってから、次の unhealthy なタスクを停止します。',
    appliesTo: ['simulateRollingDeployment'],
  },
  {
    id: 'rollback-target',
    en: 'The previous version is the last COMPLETED deployment and is always healthy, so a rollback always succeeds.',
    ja: '直前のバージョンを最後に COMPLETED になったデプロイとみなし、常に正常に動くため、ロールバックは必ず成功します。',
    appliesTo: ['simulateRollingDeployment', 'simulateBlueGreenDeployment'],
  },
  {
    id: 'no-breaker-limit',
    en: 'Without a circuit breaker, a deployment that never becomes healthy keeps retrying; the simulation stops at its time or event limit and reports STUCK.',
    ja: 'サーキットブレーカーがない場合、正常にならないデプロイは再試行を続けます。シミュレーションは時間またはイベント数の上限で止め、STUCK として報告します。',
    appliesTo: ['simulateRollingDeployment'],
  },
  {
    id: 'no-start-backoff',
    en: 'Replacement tasks are launched immediately; the back-off ECS applies to repeatedly failing tasks is not modelled.',
    ja: '置き換えタスクは即座に起動します。失敗を繰り返すタスクに ECS が適用する起動間隔の延長（バックオフ）はモデル化していません。',
    appliesTo: ['simulateRollingDeployment'],
  },
  {
    id: 'codedeploy-linear-t0',
    en: 'The first traffic step of a linear or canary configuration happens at minute 0 of the traffic shift.',
    ja: 'リニア・カナリア設定の最初のトラフィック移行は、移行開始の 0 分目に行われるとみなします。',
    appliesTo: ['trafficShiftSchedule', 'simulateBlueGreenDeployment'],
  },
  {
    id: 'bg-stage-timing',
    en: 'In blue/green runs every configured lifecycle hook takes hookDurationSeconds, stages without a hook take no time, the green tasks take taskStartSeconds plus healthySeconds to be ready, and a rollback moves all traffic back to blue at once.',
    ja: 'ブルー/グリーンでは、設定したライフサイクルフックはそれぞれ hookDurationSeconds かかり、フックのないステージは時間を取りません。グリーンのタスクは taskStartSeconds と healthySeconds の合計で準備完了とし、ロールバック時はトラフィックを一度にブルーへ戻します。',
    appliesTo: ['simulateBlueGreenDeployment'],
  },
  {
    id: 'tt-formula',
    en: 'Target tracking proposes ceil(running × metric ÷ target) tasks. It scales out only while the metric is above the target and scales in only while it is below and the smaller count keeps the predicted metric at or below the target.',
    ja: 'ターゲット追跡は ceil(実行中タスク数 × メトリクス ÷ 目標値) を提案します。メトリクスが目標値を上回っている間だけスケールアウトし、下回っていて、かつ減らした後の予測メトリクスが目標値以下に収まる場合だけスケールインします。',
    appliesTo: ['targetTrackingDesiredCount', 'simulateAutoScaling'],
  },
  {
    id: 'tt-datapoints',
    en: 'A target tracking policy scales out after 3 consecutive one-minute datapoints above target and scales in after 15 consecutive datapoints that allow it (often observed; not documented). Both numbers are options.',
    ja: 'ターゲット追跡ポリシーは、目標値超過が 1 分間隔で 3 回連続したらスケールアウト、スケールイン可能な値が 15 回連続したらスケールインします（よく観測される値で、文書化はされていません）。どちらもオプションで変更できます。',
    appliesTo: ['simulateAutoScaling'],
  },
  {
    id: 'load-metric',
    en: 'Load is expressed in fully busy tasks: average CPU utilisation = min(100, 100 × load ÷ running tasks). With no running task there is no metric.',
    ja: '負荷は「100 % 使用中のタスク何個分か」で表し、平均 CPU 使用率 = min(100, 100 × 負荷 ÷ 実行中タスク数) とします。実行中タスクが 0 のときメトリクスはありません。',
    appliesTo: ['simulateAutoScaling', 'steadyLoad', 'spikeLoad', 'dailyCycleLoad'],
  },
  {
    id: 'cooldown-scale-in-after-out',
    en: 'A target tracking policy does not start a scale-in while its own scale-out cooldown is running. Step scaling policies keep separate cooldowns, so a scale-in policy is not held back by a scale-out policy.',
    ja: 'ターゲット追跡ポリシーは、自身のスケールアウトのクールダウン中にはスケールインを開始しません。ステップスケーリングのポリシーはそれぞれ別のクールダウンを持つため、スケールイン用のポリシーがスケールアウト用のポリシーに止められることはありません。',
    appliesTo: ['simulateAutoScaling'],
  },
  {
    id: 'scale-in-largest',
    en: 'When a step scaling policy and the target tracking policies want to scale in at the same minute, the proposal that leaves the most tasks wins. AWS documents "the largest capacity" only between target tracking policies.',
    ja: 'ステップスケーリングのポリシーとターゲット追跡ポリシーが同じ 1 分間にスケールインしようとした場合、タスクが最も多く残る提案を採用します。AWS が「最大のキャパシティを優先する」と文書化しているのはターゲット追跡ポリシー同士の場合だけです。',
    appliesTo: ['simulateAutoScaling'],
  },
  {
    id: 'scheduled-range-refused',
    en: 'AWS asks for both sizes when a new minimum alone would exceed the maximum (or a new maximum alone would fall below the minimum). When such an action runs, the simulator refuses it, logs why, and keeps the current min and max.',
    ja: 'AWS は、新しい最小値だけを指定すると最大値を上回る（または最大値だけを指定すると最小値を下回る）場合は両方を指定するよう求めています。シミュレーターではそのようなアクションの実行時に適用を拒否して理由をログに残し、現在の最小値と最大値を維持します。',
    appliesTo: ['simulateAutoScaling'],
  },
  {
    id: 'scaling-task-timing',
    en: 'Tasks added by scaling become RUNNING after taskStartSeconds; tasks removed by scale-in stop counting at once.',
    ja: 'スケーリングで追加したタスクは taskStartSeconds 後に RUNNING になり、スケールインで削除したタスクは即座に数えなくなります。',
    appliesTo: ['simulateAutoScaling'],
  },
  {
    id: 'rate-first-run',
    en: 'A rate(…) scheduled action first runs one period after its start time (or the start of the simulation).',
    ja: 'rate(…) のスケジュールアクションは、開始時刻（指定がなければシミュレーション開始時刻）から 1 周期後に初めて実行されます。',
    appliesTo: ['simulateAutoScaling', 'nextScheduleTimes'],
  },
  {
    id: 'hours-730',
    en: 'A month is 730 hours unless you pass hours (the AWS Pricing Calculator convention, not an official billing rule).',
    ja: 'hours を指定しない場合、1 か月を 730 時間とします（AWS Pricing Calculator の慣例で、公式の課金ルールではありません）。',
    appliesTo: ['estimateMonthlyCost', 'estimateMixedCapacityCost'],
  },
  {
    id: 'spot-discount',
    en: 'Fargate Spot is priced as on-demand × (1 − spotDiscount). AWS says "up to 70 %" and the real rate varies, so the default 0.7 is a best case, not a quote.',
    ja: 'Fargate Spot の料金はオンデマンド × (1 − spotDiscount) で計算します。AWS の表現は「最大 70 % 割引」で実際の料金は変動するため、既定値 0.7 は最良の場合であり見積もりではありません。',
    appliesTo: ['estimateMonthlyCost', 'estimateMixedCapacityCost', 'estimateTimelineCost'],
  },
  {
    id: 'price-snapshot',
    en: 'Prices are dated copies from third-party pages and the Karpenter price map, not the live AWS price list. Prices we could not confirm are refused, never guessed.',
    ja: '料金は第三者のページと Karpenter の価格表から日付付きで写したもので、AWS の最新価格表ではありません。確認できなかった料金は推測せず、エラーにします。',
    appliesTo: ['estimateMonthlyCost', 'estimateMixedCapacityCost', 'estimateTimelineCost'],
  },
  {
    id: 'timeline-cost',
    en: "Cost over a timeline holds each task count until the next point. When the count rises, new tasks start; when it falls, the newest tasks stop first. A task that starts and stops inside the timeline is billed at least one minute (AWS's per-task minimum); tasks already running at its start or still running at its end are billed only for the time inside it.",
    ja: 'タイムラインのコストでは、各時点のタスク数が次の時点まで続くとみなします。タスク数が増えると新しいタスクが起動し、減ると最も新しいタスクから停止します。タイムラインの中で起動して停止したタスクには 1 分の最低課金（AWS のタスクごとの最低課金）を適用し、開始時点で既に動いていたタスクや終了時点でまだ動いているタスクは、タイムライン内の時間だけを課金します。',
    appliesTo: ['estimateTimelineCost'],
  },
];

/** Looks up an assumption by id (undefined if there is none). */
export function findAssumption(id: string): ModelAssumption | undefined {
  return MODEL_ASSUMPTIONS.find((a) => a.id === id);
}
