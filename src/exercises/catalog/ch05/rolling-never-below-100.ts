import { json, section, webService } from '../helpers.ts';
import { at, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';

/** Exercise: A rolling deployment that never drops below 100%. */
export const rollingNeverBelow100: Exercise = {
  id: 'rolling-never-below-100',
  chapter: '05-deployments',
  lesson: section('05-deployments', 'min-max-percent'),
  title: { ja: '100% を割らないローリングデプロイ', en: 'A rolling deployment that never drops below 100%' },
  instructions: {
    ja: 'デプロイ中も正常なタスク数が desiredCount（4）を下回らないようにし、新しいタスクが起動に失敗し続けたら自動で前のデプロイに戻るようにしてください。',
    en: 'Keep the number of healthy tasks at or above desiredCount (4) throughout a deployment, and roll back to the previous deployment automatically when new tasks keep failing.',
  },
  language: 'json',
  kind: 'service',
  difficulty: 'intermediate',
  minutes: 8,
  starter: json(webService({ minimumHealthyPercent: 50, maximumPercent: 100 })),
  solution: json(
    webService({
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
    }),
  ),
  goals: [
    {
      id: 'floor',
      text: { ja: '`minimumHealthyPercent` が 100', en: '`minimumHealthyPercent` is 100' },
      lesson: section('05-deployments', 'min-max-percent'),
      check: (doc) => numberAt(doc, 'deploymentConfiguration', 'minimumHealthyPercent') === 100,
    },
    {
      id: 'room',
      text: {
        ja: '`maximumPercent` が新しいタスクを 1 つ以上足せる値（125 以上）',
        en: '`maximumPercent` leaves room for at least one new task (125 or more)',
      },
      lesson: section('05-deployments', 'min-max-percent'),
      check: (doc) => (numberAt(doc, 'deploymentConfiguration', 'maximumPercent') ?? 0) >= 125,
    },
    {
      id: 'breaker',
      text: {
        ja: 'サーキットブレーカーが有効で、ロールバックする',
        en: 'The circuit breaker is on and rolls back',
      },
      lesson: section('05-deployments', 'circuit-breaker'),
      check: (doc) =>
        at(doc, 'deploymentConfiguration', 'deploymentCircuitBreaker', 'enable') === true &&
        at(doc, 'deploymentConfiguration', 'deploymentCircuitBreaker', 'rollback') === true,
    },
  ],
  hints: [
    {
      ja: '`minimumHealthyPercent` は正常なタスクの下限、`maximumPercent` は同時に動かせるタスクの上限です。100/100 ではデプロイが進みません。',
      en: '`minimumHealthyPercent` is the floor of healthy tasks and `maximumPercent` the ceiling of running ones. 100/100 cannot make progress.',
    },
    {
      ja: '`deploymentCircuitBreaker` には `enable` と `rollback` の両方を書きます。',
      en: '`deploymentCircuitBreaker` takes both `enable` and `rollback`.',
    },
  ],
};
