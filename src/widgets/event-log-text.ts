import type { AutoScalingEvent, BlueGreenEvent, DeploymentEvent, DeploymentEventKind } from '../sim/index.ts';
import type { Lang } from '../i18n/ui.ts';

/**
 * The simulators' event-log lines in the page's language. The simulators word their events in
 * English like ECS service events and attach the values they are made of; Japanese pages build the
 * same line from those values here, so `src/sim` stays free of page text.
 */

type Params = DeploymentEvent['params'];

/** One value of an event as text ('' when the simulator did not attach it). */
function v(params: Params, key: string): string {
  const value = params[key];
  return value === undefined ? '' : String(value);
}

const svc = (p: Params): string => `(service ${v(p, 'service')})`;
const dep = (p: Params): string => `(deployment ${v(p, 'deployment')})`;
const tg = (p: Params): string => `(target-group ${v(p, 'targetGroup')})`;

const ROLLING_JA: Record<DeploymentEventKind, (p: Params) => string> = {
  DEPLOYMENT_STARTED: (p) =>
    `${svc(p)} ${dep(p)} デプロイを開始しました: 最小正常タスク数 ${v(p, 'minHealthy')}、最大タスク数 ${v(p, 'maxRunning')}。`,
  TASKS_STARTED: (p) => `${svc(p)} ${v(p, 'count')} 個のタスクを起動しました: ${v(p, 'tasks')}。`,
  TARGETS_REGISTERED: (p) =>
    `${svc(p)} ${tg(p)} に ${v(p, 'count')} 個のターゲットを登録しました: ${v(p, 'tasks')}。`,
  TASK_FAILED: (p) =>
    `${svc(p)} ${v(p, 'count')} 個のタスクが起動に失敗しました: ${v(p, 'tasks')}。必須コンテナが終了しました。`,
  TASK_UNHEALTHY: (p) =>
    `${svc(p)} ${v(p, 'count')} 個のタスクが異常と判定されたため置き換えます: ${v(p, 'tasks')}。`,
  DRAINING: (p) => `${svc(p)} ${v(p, 'count')} 個のタスクで接続のドレインを始めました: ${v(p, 'tasks')}。`,
  TARGETS_DEREGISTERED: (p) =>
    `${svc(p)} ${tg(p)} から ${v(p, 'count')} 個のターゲットの登録を解除しました: ${v(p, 'tasks')}。`,
  TASKS_STOPPED: (p) => `${svc(p)} 実行中の ${v(p, 'count')} 個のタスクを停止しました: ${v(p, 'tasks')}。`,
  TASK_KILLED: (p) =>
    `${svc(p)} ${v(p, 'count')} 個のタスクが stopTimeout 以内に終了しなかったため SIGKILL を送りました: ${v(p, 'tasks')}。`,
  DEPLOYMENT_FAILED: (p) =>
    `${svc(p)} ${dep(p)} デプロイに失敗しました: ${
      v(p, 'reason') === 'START' ? 'タスクの起動に失敗しています' : 'タスクがヘルスチェックに失敗しています'
    }。失敗したタスクの数がサーキットブレーカーのしきい値 ${v(p, 'threshold')} に達しました。`,
  ROLLBACK_STARTED: (p) =>
    `${svc(p)} ${dep(p)} 最後に完了したデプロイ ${v(p, 'previous')} へロールバックするため、デプロイを開始しました。`,
  DEPLOYMENT_COMPLETED: (p) => `${svc(p)} ${dep(p)} デプロイが完了しました。`,
  STEADY_STATE: (p) => `${svc(p)} 定常状態になりました。`,
  STUCK: (p) => {
    const reason = v(p, 'reason');
    if (reason === 'CONFIGURATION')
      return `${svc(p)} サービスのデプロイ設定のため、デプロイ中にタスクを停止も起動もできませんでした。minimumHealthyPercent か maximumPercent の値を変えて、もう一度試してください。`;
    if (reason === 'FAILING') return `${svc(p)} タスクを安定して起動できていません。`;
    return `${svc(p)} シミュレーションの上限時間までにデプロイが終わりませんでした。`;
  },
};

const BLUE_GREEN_JA: Record<BlueGreenEvent['code'], (p: Params) => string> = {
  GREEN_STARTED: (p) => `${svc(p)} グリーンのタスクセットで ${v(p, 'count')} 個のタスクを起動しました。`,
  TEST_TRAFFIC: (p) => `${svc(p)} テストトラフィックがグリーンのタスクセットに流れるようになりました。`,
  DEPLOYMENT_STARTED: (p) => `${svc(p)} デプロイを開始しました。`,
  HOOK_SUCCEEDED: (p) => `${svc(p)} ${v(p, 'stage')} のライフサイクルフックが成功しました。`,
  TRAFFIC_SHIFTED: (p) =>
    `${svc(p)} 本番トラフィックの ${v(p, 'percent')} % をグリーンのタスクセットに移しました。`,
  BLUE_STOPPED: (p) =>
    `${svc(p)} ブルーのタスクセット（${v(p, 'count')} タスク）を停止しました。デプロイが完了しました。`,
  DEPLOYMENT_FAILED: (p) => {
    const what =
      v(p, 'cause') === 'HOOK'
        ? `${v(p, 'stage')} のライフサイクルフックが失敗しました`
        : `${v(p, 'stage')} の間に CloudWatch アラームが ALARM 状態になりました`;
    return v(p, 'rollback') === '1'
      ? `${svc(p)} デプロイに失敗しました: ${what}。ロールバックし、すべてのトラフィックがブルーのタスクに戻ります。`
      : `${svc(p)} デプロイに失敗しました: ${what}。BeforeInstall の間はロールバックできません。`;
  },
};

const SCALING_JA: Record<AutoScalingEvent['code'], (p: Params) => string> = {
  SCHEDULED_REFUSED: (p) =>
    `スケジュールされたアクション ${v(p, 'action')} は実行されませんでした: 最小 ${v(p, 'min')} が最大 ${v(p, 'max')} を超えてしまいます。最小と最大の両方を指定してください。`,
  SCHEDULED_SET: (p) =>
    `スケジュールされたアクション ${v(p, 'action')} が最小 ${v(p, 'min')}、最大 ${v(p, 'max')} を設定しました。希望数 ${v(p, 'from')} → ${v(p, 'to')}。`,
  SCALE_OUT: (p) =>
    `${v(p, 'from')} タスクから ${v(p, 'to')} タスクにスケールアウトしました（${v(p, 'policy')}）。`,
  SCALE_IN: (p) =>
    `${v(p, 'from')} タスクから ${v(p, 'to')} タスクにスケールインしました${v(p, 'policy') ? `（${v(p, 'policy')}）` : ''}。`,
};

/** A rolling deployment's log line in `lang`. */
export function rollingEventText(lang: Lang, event: DeploymentEvent): string {
  return lang === 'en' ? event.message : ROLLING_JA[event.kind](event.params);
}

/** A blue/green deployment's log line in `lang`. */
export function blueGreenEventText(lang: Lang, event: BlueGreenEvent): string {
  return lang === 'en' ? event.message : BLUE_GREEN_JA[event.code](event.params);
}

/** An auto scaling run's log line in `lang`. */
export function scalingEventText(lang: Lang, event: AutoScalingEvent): string {
  return lang === 'en' ? event.message : SCALING_JA[event.code](event.params);
}
