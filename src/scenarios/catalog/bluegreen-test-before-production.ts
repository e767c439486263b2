import { DEFAULT_BLUE_GREEN_STATE, type BlueGreenState } from '../../widgets/blue-green/model.ts';
import type { Scenario } from '../types.ts';
import { blueGreen } from '../goal-helpers.ts';

/** Scenario: Stop before production. */
export const bluegreenTestBeforeProduction: Scenario<BlueGreenState> = {
  id: 'bluegreen-test-before-production',
  widget: 'bluegreen',
  title: { ja: '本番の前に止める', en: 'Stop before production' },
  brief: {
    ja: '結合テストを Lambda のライフサイクルフックとして実行し、v2 で失敗させます。テストが失敗したとき、本番トラフィックが 1 度もグリーンに流れないよう、フックを置く段階を選んでください。',
    en: 'Your integration tests run as a Lambda lifecycle hook, and they fail on v2. Pick the stage for the hook so that, when it fails, no production traffic ever reaches green.',
  },
  lesson: { slug: '05-deployments', anchor: 'lifecycle-hooks' },
  start: { ...DEFAULT_BLUE_GREEN_STATE, failingHook: 'POST_PRODUCTION_TRAFFIC_SHIFT' },
  solution: { ...DEFAULT_BLUE_GREEN_STATE, failingHook: 'POST_TEST_TRAFFIC_SHIFT' },
  goals: [
    {
      text: { ja: 'テスト（失敗するフック）がある', en: 'The failing test hook is in place' },
      check: (s) => s.failingHook !== '',
    },
    {
      text: { ja: 'デプロイがロールバックで終わる', en: 'The deployment ends by rolling back' },
      check: (s) => blueGreen(s)?.outcome === 'ROLLED_BACK',
    },
    {
      text: {
        ja: '本番トラフィックがグリーンに 1 度も流れない',
        en: 'Production traffic never reaches green',
      },
      check: (s) => blueGreen(s)?.timeline.every((p) => p.greenPercent === 0) ?? false,
    },
  ],
  hints: [
    {
      ja: 'テスト用リスナーにだけトラフィックが流れている段階はどれでしょう。',
      en: 'At which stage does only the test listener route to green?',
    },
    {
      ja: 'TEST_TRAFFIC_SHIFT の後、PRODUCTION_TRAFFIC_SHIFT の前の段階です。',
      en: 'After TEST_TRAFFIC_SHIFT and before PRODUCTION_TRAFFIC_SHIFT.',
    },
  ],
};
