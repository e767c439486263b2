import { DEFAULT_BLUE_GREEN_STATE, type BlueGreenState } from '../../widgets/blue-green/model.ts';
import type { Scenario } from '../types.ts';
import { blueGreen } from '../goal-helpers.ts';

/** Scenario: Ten percent first. */
export const bluegreenCanaryTen: Scenario<BlueGreenState> = {
  id: 'bluegreen-canary-ten',
  widget: 'bluegreen',
  title: { ja: 'まず 10% だけ', en: 'Ten percent first' },
  brief: {
    ja: '新しいバージョンを、まず本番トラフィックの 10% だけで 5 分以上試し、問題がなければ残りを移す設定にしてください。',
    en: 'Configure the deployment to try the new version on 10 % of production traffic for at least 5 minutes before moving the rest.',
  },
  lesson: { slug: '05-deployments', anchor: 'linear-canary' },
  start: { ...DEFAULT_BLUE_GREEN_STATE, strategy: 'BLUE_GREEN' },
  solution: { ...DEFAULT_BLUE_GREEN_STATE, strategy: 'CANARY', percent: 10, stepMinutes: 5 },
  goals: [
    {
      text: { ja: 'デプロイが完了する', en: 'The deployment completes' },
      check: (s) => blueGreen(s)?.outcome === 'COMPLETED',
    },
    {
      text: {
        ja: '最初に移すのは本番トラフィックの 10%',
        en: 'The first shift moves 10 % of production traffic',
      },
      check: (s) => blueGreen(s)?.schedule[0]?.greenPercent === 10,
    },
    {
      text: { ja: '10% の状態が 5 分以上続く', en: 'Traffic stays at 10 % for at least 5 minutes' },
      check: (s) => (blueGreen(s)?.schedule[1]?.minute ?? 0) >= 5,
    },
  ],
  hints: [
    {
      ja: '一部のトラフィックで試してから残りを一度に移す方式の名前は？',
      en: 'Which strategy tries part of the traffic, then moves the rest at once?',
    },
    {
      ja: 'ECS ネイティブの CANARY で、割合 10%、待ち 5 分にします。',
      en: 'ECS-native CANARY, 10 %, with a 5-minute wait.',
    },
  ],
};
