import { json, section, NETWORK } from '../helpers.ts';
import { at, list, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';
import { providerShare } from '../scaling-checks.ts';

function spotService(strategy: unknown[]): Record<string, unknown> {
  return {
    cluster: 'prod',
    serviceName: 'batch-api',
    taskDefinition: 'batch-api:12',
    desiredCount: 8,
    capacityProviderStrategy: strategy,
    networkConfiguration: NETWORK,
    deploymentConfiguration: {
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
    },
  };
}

/** Exercise: Run at least 75% on Fargate Spot. */
export const capacitySpotSplit: Exercise = {
  id: 'capacity-spot-split',
  chapter: '03-fargate-ec2',
  lesson: section('03-fargate-ec2', 'capacity-providers'),
  title: { ja: 'Fargate Spot を 75% 以上にする', en: 'Run at least 75% on Fargate Spot' },
  instructions: {
    ja: 'このサービス（8 タスク）は `launchType` と戦略の両方を書いていて作成できません。キャパシティプロバイダー戦略だけにして、常に 2 タスクは FARGATE（オンデマンド）で動かし、全体の 75% 以上を FARGATE_SPOT にしてください。',
    en: 'This service (8 tasks) sets both `launchType` and a strategy, so it cannot be created. Use only a capacity provider strategy: always keep 2 tasks on FARGATE (on-demand) and put at least 75% of all tasks on FARGATE_SPOT.',
  },
  language: 'json',
  kind: 'service',
  difficulty: 'intermediate',
  minutes: 8,
  starter: json({
    ...spotService([{ capacityProvider: 'FARGATE_SPOT', weight: 1 }]),
    launchType: 'FARGATE',
  }),
  solution: json(
    spotService([
      { capacityProvider: 'FARGATE', base: 2, weight: 0 },
      { capacityProvider: 'FARGATE_SPOT', weight: 1 },
    ]),
  ),
  goals: [
    {
      id: 'no-launch-type',
      text: { ja: '`launchType` を使わない', en: 'No `launchType`' },
      lesson: section('04-services-autoscaling', 'capacity-provider-strategy'),
      check: (doc) => at(doc, 'launchType') === undefined && list(doc, 'capacityProviderStrategy').length > 0,
    },
    {
      id: 'base',
      text: { ja: 'FARGATE の base が 2', en: 'FARGATE has a base of 2' },
      lesson: section('03-fargate-ec2', 'capacity-providers'),
      check: (doc) =>
        list(doc, 'capacityProviderStrategy').some(
          (i) => at(i, 'capacityProvider') === 'FARGATE' && numberAt(i, 'base') === 2,
        ),
    },
    {
      id: 'spot-share',
      text: { ja: '8 タスクのうち Spot が 75% 以上', en: 'Spot share is at least 75% of 8 tasks' },
      lesson: section('03-fargate-ec2', 'capacity-providers'),
      check: (doc) => providerShare(list(doc, 'capacityProviderStrategy'), 'FARGATE_SPOT', 8) >= 0.75,
    },
  ],
  hints: [
    {
      ja: '`launchType` と `capacityProviderStrategy` はどちらか一方だけです。',
      en: '`launchType` and `capacityProviderStrategy` are either-or.',
    },
    {
      ja: '`base` は最初に置くタスク数で、戦略の中で 1 つだけに付けられます。残りは `weight` の比で分かれます。',
      en: '`base` is the number of tasks placed first, and only one item may have it. The rest is split by `weight`.',
    },
    {
      ja: 'FARGATE に base 2・weight 0、FARGATE_SPOT に weight 1 なら、残り 6 タスクがすべて Spot（75%）です。',
      en: 'FARGATE with base 2 and weight 0 plus FARGATE_SPOT with weight 1 puts the other 6 tasks on Spot (75%).',
    },
  ],
};
