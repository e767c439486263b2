import { DEFAULT_SPLIT_STATE, type SplitState } from '../../widgets/capacity-split/model.ts';
import type { Scenario } from '../types.ts';
import { exactGoal, splitIsValid, tasksOn } from '../goal-helpers.ts';

/** Scenario: At least 70 % on Spot. */
export const splitSpotSeventy: Scenario<SplitState> = {
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
