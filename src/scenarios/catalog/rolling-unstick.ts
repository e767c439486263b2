import { DEFAULT_ROLLING_STATE, type RollingState } from '../../widgets/rolling/model.ts';
import type { Scenario } from '../types.ts';
import { rolling } from '../goal-helpers.ts';

/** Scenario: Unstick a deployment. */
export const rollingUnstick: Scenario<RollingState> = {
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
