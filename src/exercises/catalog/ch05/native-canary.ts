import { ACCOUNT, json, REGION, section, webService, targetGroupArn } from '../helpers.ts';
import { at, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';

const ADVANCED = {
  alternateTargetGroupArn: targetGroupArn('web-tg-green', '0f1e2d3c4b5a6978'),
  productionListenerRule: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener-rule/app/prod-alb/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`,
  roleArn: `arn:aws:iam::${ACCOUNT}:role/ecsInfrastructureRoleForLoadBalancers`,
};

/** Exercise: An ECS-native CANARY deployment. */
export const nativeCanary: Exercise = {
  id: 'native-canary',
  chapter: '05-deployments',
  lesson: section('05-deployments', 'linear-canary'),
  title: { ja: 'ECS ネイティブの CANARY デプロイ', en: 'An ECS-native CANARY deployment' },
  instructions: {
    ja: 'サービス `web` を ECS ネイティブの Blue/Green（CANARY）でデプロイするようにします。最初に 10% のトラフィックを新しいリビジョンに送り、5 分様子を見てから残りを切り替え、切り替え後 10 分は旧リビジョンを残します。グリーン用のターゲットグループなどは `advancedConfiguration` に用意済みです。',
    en: 'Deploy the `web` service with ECS-native blue/green (CANARY): send 10% of traffic to the new revision first, wait 5 minutes, then shift the rest, and keep the old revision for 10 minutes after the shift. The green target group and the rest are ready in `advancedConfiguration`.',
  },
  language: 'json',
  kind: 'service',
  difficulty: 'advanced',
  minutes: 10,
  starter: json({
    ...webService({ minimumHealthyPercent: 100, maximumPercent: 200 }),
    deploymentController: { type: 'CODE_DEPLOY' },
    loadBalancers: [
      {
        targetGroupArn: targetGroupArn('web-tg', '6d0ecf831eec9f09'),
        containerName: 'web',
        containerPort: 8080,
        advancedConfiguration: ADVANCED,
      },
    ],
  }),
  solution: json({
    ...webService({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 5 },
      bakeTimeInMinutes: 10,
      deploymentCircuitBreaker: { enable: true, rollback: true },
    }),
    deploymentController: { type: 'ECS' },
    loadBalancers: [
      {
        targetGroupArn: targetGroupArn('web-tg', '6d0ecf831eec9f09'),
        containerName: 'web',
        containerPort: 8080,
        advancedConfiguration: ADVANCED,
      },
    ],
  }),
  goals: [
    {
      id: 'ecs-controller',
      text: { ja: 'デプロイコントローラーは ECS', en: 'The deployment controller is ECS' },
      lesson: section('05-deployments', 'ecs-native-strategies'),
      check: (doc) => at(doc, 'deploymentController', 'type') === 'ECS',
    },
    {
      id: 'canary',
      text: { ja: '戦略は CANARY、最初は 10%', en: 'Strategy CANARY, 10% first' },
      lesson: section('05-deployments', 'linear-canary'),
      check: (doc) =>
        at(doc, 'deploymentConfiguration', 'strategy') === 'CANARY' &&
        numberAt(doc, 'deploymentConfiguration', 'canaryConfiguration', 'canaryPercent') === 10,
    },
    {
      id: 'bake',
      text: {
        ja: 'カナリアの様子見 5 分、切り替え後 10 分',
        en: 'Canary bake 5 minutes, 10 minutes after the shift',
      },
      lesson: section('05-deployments', 'ecs-lifecycle-stages'),
      check: (doc) =>
        numberAt(doc, 'deploymentConfiguration', 'canaryConfiguration', 'canaryBakeTimeInMinutes') === 5 &&
        numberAt(doc, 'deploymentConfiguration', 'bakeTimeInMinutes') === 10,
    },
  ],
  hints: [
    {
      ja: 'ECS ネイティブの Blue/Green は CodeDeploy を使いません。`deploymentController.type` は `ECS` です。',
      en: 'ECS-native blue/green does not use CodeDeploy: `deploymentController.type` is `ECS`.',
    },
    {
      ja: '`deploymentConfiguration` に `strategy: "CANARY"` と `canaryConfiguration`（`canaryPercent`、`canaryBakeTimeInMinutes`）、全体の `bakeTimeInMinutes` を書きます。',
      en: 'In `deploymentConfiguration`, set `strategy: "CANARY"`, a `canaryConfiguration` (`canaryPercent`, `canaryBakeTimeInMinutes`) and the overall `bakeTimeInMinutes`.',
    },
  ],
};
