import { DEFAULT_ROLLING_STATE, type RollingState } from '../../widgets/rolling/model.ts';
import type { Scenario } from '../types.ts';
import { rolling } from '../goal-helpers.ts';

/** Scenario: Roll back by itself. */
export const rollingAutoRollback: Scenario<RollingState> = {
  id: 'rolling-auto-rollback',
  widget: 'rolling',
  title: { ja: '失敗したら自動で戻す', en: 'Roll back by itself' },
  brief: {
    ja: 'v2 には起動直後に落ちるバグがあります。今の設定ではデプロイが失敗を繰り返したまま止まりません。ECS が自動で v1 に戻すように設定してください。',
    en: 'v2 has a bug that crashes it right after start. With the current settings the deployment keeps failing and never ends. Make ECS go back to v1 by itself.',
  },
  lesson: { slug: '05-deployments', anchor: 'circuit-breaker' },
  start: { ...DEFAULT_ROLLING_STATE, version: 'fail-start', breaker: false, rollback: false },
  solution: { ...DEFAULT_ROLLING_STATE, version: 'fail-start', breaker: true, rollback: true },
  goals: [
    {
      text: { ja: '新しいバージョンは起動に失敗するまま', en: 'The new version still fails to start' },
      check: (s) => s.version === 'fail-start',
    },
    {
      text: { ja: 'デプロイがロールバックで終わる', en: 'The deployment ends by rolling back' },
      check: (s) => rolling(s)?.outcome === 'ROLLED_BACK',
    },
  ],
  hints: [
    {
      ja: '失敗を数えてデプロイを止める仕組みの名前は？',
      en: 'What counts failures and stops a deployment?',
    },
    {
      ja: 'サーキットブレーカーを有効にし、ロールバックもオンにします。',
      en: 'Enable the circuit breaker, with rollback on.',
    },
  ],
};
