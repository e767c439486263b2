import { DEFAULT_SPLIT_STATE, type SplitState } from '../../widgets/capacity-split/model.ts';
import type { Scenario } from '../types.ts';
import { exactGoal, splitIsValid, tasksOn } from '../goal-helpers.ts';

/** Scenario: One to four, no base. */
export const splitWeightsOnly: Scenario<SplitState> = {
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
