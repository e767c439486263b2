import { DEFAULT_ROLLING_STATE, type RollingState } from '../../widgets/rolling/model.ts';
import type { Scenario } from '../types.ts';
import { rolling } from '../goal-helpers.ts';

/** Scenario: Update DAEMON agents half at a time. */
export const rollingDaemonAgents: Scenario<RollingState> = {
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
