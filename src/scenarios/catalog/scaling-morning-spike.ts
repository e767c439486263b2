import {
  saturatedMinutes,
  DEFAULT_SCALING_STATE,
  type ScalingState,
} from '../../widgets/autoscaling/model.ts';
import type { Scenario } from '../types.ts';
import { scaling } from '../goal-helpers.ts';

/** Scenario: Ready for the 9:00 spike. */
export const scalingMorningSpike: Scenario<ScalingState> = {
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
