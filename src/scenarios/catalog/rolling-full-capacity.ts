import { DEFAULT_ROLLING_STATE, type RollingState } from '../../widgets/rolling/model.ts';
import type { Scenario } from '../types.ts';
import { rolling } from '../goal-helpers.ts';

/** Scenario: Deploy without losing capacity. */
export const rollingFullCapacity: Scenario<RollingState> = {
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
