/**
 * The emulator's own modelling choices, where AWS documents no rule or the sandbox simplifies.
 * Code that relies on one names its id (`assumption \`…\``); the simulator's list is in
 * `src/sim/assumptions.ts`.
 */
import type { ModelAssumption } from '../sim/index.ts';

/** Every choice the emulator makes that AWS does not document, in English and Japanese. */
export const EMULATOR_ASSUMPTIONS: readonly ModelAssumption[] = [
  {
    id: 'emulator-task-timing',
    en: 'A task spends 10 s in PROVISIONING, then pulls its images (5–10 s per fictional image; 30 s of retries before CannotPullContainerError), then runs. Time moves in 5-second steps. Stopped tasks stay listed for one hour (AWS documents "at least one hour").',
    ja: 'タスクは PROVISIONING に 10 秒、イメージのプル（架空イメージごとに 5〜10 秒、CannotPullContainerError までは 30 秒の再試行）を経て RUNNING になります。時間は 5 秒刻みで進みます。停止したタスクは 1 時間表示します（AWS の記載は「少なくとも 1 時間」）。',
    appliesTo: ['launchTask', 'stepTask', 'advanceTime'],
  },
  {
    id: 'emulator-event-text',
    en: 'Service events use the forms ECS shows ("has started N tasks", "has stopped N running tasks", "deployment completed", "deployment failed", "rolling back to deployment"); only the steady-state, unable-to-start and stuck-deployment texts are quoted from AWS documentation.',
    ja: 'サービスイベントは ECS が表示する形（「has started N tasks」「has stopped N running tasks」「deployment completed」「deployment failed」「rolling back to deployment」）に合わせています。AWS のドキュメントから引用しているのは steady state、タスクを起動できない、デプロイが進まない、の文言だけです。',
    appliesTo: ['reconcileService'],
  },
  {
    id: 'emulator-error-text',
    en: 'Validation errors come from the grader (so the sandbox and ecs-dojo lint agree) and AWS reports only the first; messages the grader does not quote from AWS, and the emulator’s own not-found and Service Connect messages, are our wording with AWS’s exception names.',
    ja: '入力エラーは採点器の判定を使い（サンドボックスと ecs-dojo lint が食い違わないように）、AWS と同じく最初の 1 件だけを返します。採点器が AWS から引用していないメッセージと、エミュレーター独自の「見つからない」や Service Connect のメッセージは、例外名だけ AWS に合わせた ECS Dojo の文言です。',
    appliesTo: ['callOperation'],
  },
  {
    id: 'emulator-launch-backoff',
    en: 'After three tasks of a deployment fail in a row, the scheduler waits 15 s, then twice as long each time up to 5 minutes, before it launches again. AWS documents that it throttles relaunches but not the timing.',
    ja: 'デプロイのタスクが 3 回続けて失敗すると、スケジューラーは 15 秒待ち、以後は待ち時間を倍にして最大 5 分まで延ばしてから再起動します。AWS は再起動を抑制することは記載していますが、その間隔は公開していません。',
    appliesTo: ['launchBackoffSeconds'],
  },
  {
    id: 'emulator-scale-in-threshold',
    en: 'Target tracking scales in only when the metric is below 90 % of the target (and the smaller count keeps it at or under the target).',
    ja: 'ターゲット追跡のスケールインは、メトリクスが目標値の 90 % 未満のときだけ行います（減らした後も目標値以下に収まる場合）。',
    appliesTo: ['evaluateScaling'],
  },
  {
    id: 'emulator-cpu-model',
    en: 'A service’s CPU is its demand (set with dojo load, in tasks’ worth of CPU at 100 %) divided by its running tasks, capped at 100 %; without a load it is 20 %. Memory utilisation is a constant 30 %.',
    ja: 'サービスの CPU 使用率は、需要（dojo load で設定する「CPU 100 % のタスク何個分か」）を実行中のタスク数で割った値で、上限は 100 % です。負荷を設定しなければ 20 %、メモリ使用率は常に 30 % です。',
    appliesTo: ['cpuOf'],
  },
  {
    id: 'emulator-no-load-balancer',
    en: 'Load balancers, target groups and traffic are not modelled: health comes from container health checks (or 40 s after RUNNING without one), and blue/green shifts no traffic: it launches the full green set, bakes, then stops blue.',
    ja: 'ロードバランサー、ターゲットグループ、トラフィックはモデル化していません。ヘルスはコンテナのヘルスチェック（なければ RUNNING から 40 秒後）で決まり、ブルー/グリーンはトラフィックを切り替えず、グリーンを全数起動してベイク時間を待ち、ブルーを停止します。',
    appliesTo: ['reconcileService'],
  },
  {
    id: 'emulator-fargate-only',
    en: 'Only Fargate is emulated: there are no container instances, so the EC2 launch type and the DAEMON strategy are refused, and Fargate Spot is never interrupted.',
    ja: 'エミュレートするのは Fargate だけです。コンテナインスタンスがないため、EC2 起動タイプと DAEMON 戦略は拒否し、Fargate Spot の中断も起きません。',
    appliesTo: ['createService'],
  },
  {
    id: 'emulator-rollback',
    en: 'A circuit-breaker rollback makes the last deployment PRIMARY again and stops the failed deployment’s tasks; its service deployment ends as ROLLBACK_SUCCESSFUL once the service is steady.',
    ja: 'サーキットブレーカーのロールバックは、直前のデプロイを再び PRIMARY にして、失敗したデプロイのタスクを停止します。サービスが安定すると、そのサービスデプロイは ROLLBACK_SUCCESSFUL になります。',
    appliesTo: ['reconcileService'],
  },
];
