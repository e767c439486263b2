import { DEFAULT_ROLLING_STATE, type RollingState } from '../../widgets/rolling/model.ts';
import type { Scenario } from '../types.ts';
import { rolling } from '../goal-helpers.ts';

/** Scenario: Deploy with no spare capacity. */
export const rollingNoExtraCapacity: Scenario<RollingState> = {
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
