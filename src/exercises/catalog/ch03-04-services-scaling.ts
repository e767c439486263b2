/** Chapter 3 and 4 exercises: capacity providers, scalable targets and scaling policies. */
import {
  parseScheduleExpression,
  splitCounts,
  strategyProblems,
  type StrategyItem,
} from '../../aws/index.ts';
import { ACCOUNT, json, section } from './helpers.ts';
import { at, list, numberAt } from './query.ts';
import type { Exercise } from './types.ts';

const SUBNETS = ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'];
const SECURITY_GROUPS = ['sg-0123456789abcdef0'];
const NETWORK = {
  awsvpcConfiguration: { subnets: SUBNETS, securityGroups: SECURITY_GROUPS, assignPublicIp: 'DISABLED' },
};

/**
 * Share of tasks a strategy puts on one provider once `desired` tasks run, from the same split
 * the simulator uses (src/aws). A strategy ECS would refuse puts nothing anywhere: 0.
 */
export function providerShare(strategy: readonly unknown[], provider: string, desired: number): number {
  if (!Number.isInteger(desired) || desired <= 0) return 0;
  const inputs = strategy.map((item) => {
    const name = at(item, 'capacityProvider');
    const value = (key: string): number | undefined | 'unknown' =>
      at(item, key) === undefined ? undefined : (numberAt(item, key) ?? 'unknown');
    return {
      capacityProvider: typeof name === 'string' ? name : undefined,
      base: value('base'),
      weight: value('weight'),
    };
  });
  if (strategyProblems(inputs).length > 0) return 0;
  const items: StrategyItem[] = [];
  for (const it of inputs) {
    if (it.capacityProvider === undefined || it.base === 'unknown' || it.weight === 'unknown') return 0;
    items.push({ name: it.capacityProvider, base: it.base ?? 0, weight: it.weight ?? 0 });
  }
  const counts = splitCounts(items, desired);
  return items.reduce((sum, it, i) => sum + (it.name === provider ? (counts[i] ?? 0) : 0), 0) / desired;
}

const same = (set: ReadonlySet<number>, values: readonly number[]): boolean =>
  set.size === values.length && values.every((v) => set.has(v));

/** True when a schedule is a cron (the shared parser in src/aws) firing at hour:minute Monday to Friday, every month and year. */
export function firesWeekdaysAt(schedule: unknown, hour: number, minute: number): boolean {
  const parsed = parseScheduleExpression(schedule);
  if (!parsed.ok || parsed.schedule.kind !== 'cron') return false;
  const f = parsed.schedule.fields;
  return (
    same(f.minutes, [minute]) &&
    same(f.hours, [hour]) &&
    f.daysOfMonth === null &&
    f.daysOfWeek?.kind === 'days' &&
    same(f.daysOfWeek.days, [2, 3, 4, 5, 6]) &&
    f.months.size === 12 &&
    f.years === null
  );
}

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

const RESOURCE_ID = 'service/prod/web';

export const scalableTargetBounds: Exercise = {
  id: 'scalable-target-bounds',
  chapter: '04-services-autoscaling',
  lesson: section('04-services-autoscaling', 'scalable-target'),
  title: { ja: 'スケーラブルターゲットを登録する', en: 'Register a scalable target' },
  instructions: {
    ja: 'クラスター `prod` のサービス `web` を、2〜20 タスクの範囲で自動スケーリングさせるスケーラブルターゲット（register-scalable-target の入力）を完成させてください。',
    en: 'Complete the scalable target (register-scalable-target input) so the `web` service in cluster `prod` scales between 2 and 20 tasks.',
  },
  language: 'json',
  kind: 'scaling-target',
  difficulty: 'beginner',
  minutes: 5,
  starter: json({
    ServiceNamespace: 'ecs',
    ResourceId: 'prod/web',
    ScalableDimension: 'ecs:service:TaskCount',
    MinCapacity: 20,
    MaxCapacity: 2,
  }),
  solution: json({
    ServiceNamespace: 'ecs',
    ResourceId: RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    MinCapacity: 2,
    MaxCapacity: 20,
  }),
  goals: [
    {
      id: 'resource',
      text: { ja: '対象は `service/prod/web`', en: 'The target is `service/prod/web`' },
      lesson: section('04-services-autoscaling', 'scalable-target'),
      check: (doc) => at(doc, 'ResourceId') === RESOURCE_ID,
    },
    {
      id: 'bounds',
      text: { ja: '最小 2・最大 20 タスク', en: 'At least 2 and at most 20 tasks' },
      lesson: section('04-services-autoscaling', 'scalable-target'),
      check: (doc) => numberAt(doc, 'MinCapacity') === 2 && numberAt(doc, 'MaxCapacity') === 20,
    },
  ],
  hints: [
    {
      ja: 'ECS サービスの `ResourceId` は `service/<クラスター名>/<サービス名>` です。',
      en: 'An ECS service’s `ResourceId` is `service/<cluster>/<service>`.',
    },
    {
      ja: '増減させるのはサービスの desiredCount なので、`ScalableDimension` は `ecs:service:DesiredCount` です。',
      en: 'What scales is the service’s desiredCount, so `ScalableDimension` is `ecs:service:DesiredCount`.',
    },
  ],
};

export const cpuTargetTracking: Exercise = {
  id: 'cpu-target-tracking',
  chapter: '04-services-autoscaling',
  lesson: section('04-services-autoscaling', 'target-tracking'),
  title: { ja: 'CPU 70% を保つターゲット追跡', en: 'Target tracking at 70% CPU' },
  instructions: {
    ja: 'サービス `web` の平均 CPU 使用率を 70% に保つターゲット追跡ポリシー（put-scaling-policy の入力）を書いてください。スケールアウトは素早く（60 秒）、スケールインは慎重に（300 秒）します。',
    en: 'Write a target tracking policy (put-scaling-policy input) that keeps the `web` service’s average CPU at 70%. Scale out quickly (60 s) and scale in cautiously (300 s).',
  },
  language: 'json',
  kind: 'scaling-policy',
  difficulty: 'intermediate',
  minutes: 8,
  starter: json({
    PolicyName: 'web-cpu-70',
    ServiceNamespace: 'ecs',
    ResourceId: RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    PolicyType: 'StepScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: 0.7,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageMemoryUtilization' },
      ScaleOutCooldown: 300,
      ScaleInCooldown: 60,
    },
  }),
  solution: json({
    PolicyName: 'web-cpu-70',
    ServiceNamespace: 'ecs',
    ResourceId: RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: 70,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      ScaleOutCooldown: 60,
      ScaleInCooldown: 300,
    },
  }),
  goals: [
    {
      id: 'cpu-metric',
      text: { ja: '指標はサービスの平均 CPU 使用率', en: 'The metric is the service’s average CPU' },
      lesson: section('04-services-autoscaling', 'target-tracking'),
      check: (doc) =>
        at(
          doc,
          'TargetTrackingScalingPolicyConfiguration',
          'PredefinedMetricSpecification',
          'PredefinedMetricType',
        ) === 'ECSServiceAverageCPUUtilization',
    },
    {
      id: 'target',
      text: { ja: '目標値は 70（%）', en: 'The target value is 70 (%)' },
      lesson: section('04-services-autoscaling', 'target-tracking'),
      check: (doc) => numberAt(doc, 'TargetTrackingScalingPolicyConfiguration', 'TargetValue') === 70,
    },
    {
      id: 'cooldowns',
      text: {
        ja: 'スケールアウト 60 秒、スケールイン 300 秒のクールダウン',
        en: 'Cooldowns: 60 s to scale out, 300 s to scale in',
      },
      lesson: section('04-services-autoscaling', 'cooldowns'),
      check: (doc) =>
        numberAt(doc, 'TargetTrackingScalingPolicyConfiguration', 'ScaleOutCooldown') === 60 &&
        numberAt(doc, 'TargetTrackingScalingPolicyConfiguration', 'ScaleInCooldown') === 300,
    },
  ],
  hints: [
    {
      ja: '`PolicyType` と設定のキーを合わせます。ターゲット追跡なら `TargetTrackingScaling` です。',
      en: 'Match `PolicyType` to the configuration key: target tracking is `TargetTrackingScaling`.',
    },
    {
      ja: '`TargetValue` はパーセントの数値そのもの（70）で、0.7 ではありません。',
      en: '`TargetValue` is the percentage itself (70), not 0.7.',
    },
  ],
};

export const businessHoursSchedule: Exercise = {
  id: 'business-hours-schedule',
  chapter: '04-services-autoscaling',
  lesson: section('04-services-autoscaling', 'scheduled-scaling'),
  title: { ja: '平日の営業時間に合わせて増やす', en: 'Scale up for business hours' },
  instructions: {
    ja: '平日（月〜金）の朝 8:45（日本時間）に、サービス `web` の最小タスク数を 6（最大 20）に引き上げるスケジュールアクション（put-scheduled-action の入力）を書いてください。',
    en: 'Write a scheduled action (put-scheduled-action input) that raises the `web` service’s minimum to 6 tasks (maximum 20) at 08:45 Tokyo time on weekdays (Monday to Friday).',
  },
  language: 'json',
  kind: 'scheduled-action',
  difficulty: 'intermediate',
  minutes: 8,
  starter: json({
    ServiceNamespace: 'ecs',
    ScheduledActionName: 'web-business-hours',
    ResourceId: RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    Schedule: 'cron(45 8 * * MON-FRI)',
    ScalableTargetAction: { MinCapacity: 6, MaxCapacity: 20 },
  }),
  solution: json({
    ServiceNamespace: 'ecs',
    ScheduledActionName: 'web-business-hours',
    ResourceId: RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    Schedule: 'cron(45 8 ? * MON-FRI *)',
    Timezone: 'Asia/Tokyo',
    ScalableTargetAction: { MinCapacity: 6, MaxCapacity: 20 },
  }),
  goals: [
    {
      id: 'weekday-morning',
      text: { ja: '平日 8:45 に実行する cron 式', en: 'A cron expression for 08:45 on weekdays' },
      lesson: section('04-services-autoscaling', 'scheduled-scaling'),
      check: (doc) => firesWeekdaysAt(at(doc, 'Schedule'), 8, 45),
    },
    {
      id: 'tokyo',
      text: { ja: 'タイムゾーンは Asia/Tokyo', en: 'The time zone is Asia/Tokyo' },
      lesson: section('04-services-autoscaling', 'scheduled-scaling'),
      check: (doc) => at(doc, 'Timezone') === 'Asia/Tokyo',
    },
    {
      id: 'capacity',
      text: { ja: '最小 6・最大 20 タスクにする', en: 'Sets minimum 6 and maximum 20 tasks' },
      lesson: section('04-services-autoscaling', 'scheduled-scaling'),
      check: (doc) =>
        numberAt(doc, 'ScalableTargetAction', 'MinCapacity') === 6 &&
        numberAt(doc, 'ScalableTargetAction', 'MaxCapacity') === 20,
    },
  ],
  hints: [
    {
      ja: 'Application Auto Scaling の cron は 6 フィールド（分 時 日 月 曜日 年）で、日か曜日の一方は `?` にします。',
      en: 'Application Auto Scaling cron has six fields (minutes hours day-of-month month day-of-week year); day-of-month or day-of-week must be `?`.',
    },
    {
      ja: '`Timezone` を書かないと UTC で解釈されます。',
      en: 'Without `Timezone`, the schedule is read as UTC.',
    },
  ],
};

const ALB_LABEL = `app/prod-alb/50dc6c495c0c9188/targetgroup/web-tg/6d0ecf831eec9f09`;

export const requestCountScaling: Exercise = {
  id: 'request-count-scaling',
  chapter: '04-services-autoscaling',
  lesson: section('04-services-autoscaling', 'alb-request-count'),
  title: { ja: 'ALB のリクエスト数で追跡する', en: 'Track ALB requests per target' },
  instructions: {
    ja: `1 タスクあたり毎分 1000 リクエストを目標にするターゲット追跡ポリシーです。ロードバランサー ARN は \`arn:aws:elasticloadbalancing:ap-northeast-1:${ACCOUNT}:loadbalancer/app/prod-alb/50dc6c495c0c9188\`、ターゲットグループ ARN は \`arn:aws:elasticloadbalancing:ap-northeast-1:${ACCOUNT}:targetgroup/web-tg/6d0ecf831eec9f09\` です。ResourceLabel を正しく組み立ててください。`,
    en: `A target tracking policy aiming at 1000 requests per task per minute. The load balancer ARN is \`arn:aws:elasticloadbalancing:ap-northeast-1:${ACCOUNT}:loadbalancer/app/prod-alb/50dc6c495c0c9188\` and the target group ARN is \`arn:aws:elasticloadbalancing:ap-northeast-1:${ACCOUNT}:targetgroup/web-tg/6d0ecf831eec9f09\`. Build the ResourceLabel correctly.`,
  },
  language: 'json',
  kind: 'scaling-policy',
  difficulty: 'advanced',
  minutes: 10,
  starter: json({
    PolicyName: 'web-requests-1000',
    ServiceNamespace: 'ecs',
    ResourceId: RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: 1000,
      PredefinedMetricSpecification: {
        PredefinedMetricType: 'ALBRequestCountPerTarget',
        ResourceLabel: 'targetgroup/web-tg/6d0ecf831eec9f09',
      },
      ScaleOutCooldown: 60,
      ScaleInCooldown: 300,
    },
  }),
  solution: json({
    PolicyName: 'web-requests-1000',
    ServiceNamespace: 'ecs',
    ResourceId: RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: 1000,
      PredefinedMetricSpecification: {
        PredefinedMetricType: 'ALBRequestCountPerTarget',
        ResourceLabel: ALB_LABEL,
      },
      ScaleOutCooldown: 60,
      ScaleInCooldown: 300,
    },
  }),
  goals: [
    {
      id: 'metric',
      text: {
        ja: '指標は ALBRequestCountPerTarget、目標 1000',
        en: 'Metric ALBRequestCountPerTarget, target 1000',
      },
      lesson: section('04-services-autoscaling', 'alb-request-count'),
      check: (doc) =>
        at(
          doc,
          'TargetTrackingScalingPolicyConfiguration',
          'PredefinedMetricSpecification',
          'PredefinedMetricType',
        ) === 'ALBRequestCountPerTarget' &&
        numberAt(doc, 'TargetTrackingScalingPolicyConfiguration', 'TargetValue') === 1000,
    },
    {
      id: 'label',
      text: {
        ja: 'ResourceLabel が `app/<LB 名>/<LB ID>/targetgroup/<TG 名>/<TG ID>` の形',
        en: 'ResourceLabel is `app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>`',
      },
      lesson: section('04-services-autoscaling', 'resource-label'),
      check: (doc) =>
        at(
          doc,
          'TargetTrackingScalingPolicyConfiguration',
          'PredefinedMetricSpecification',
          'ResourceLabel',
        ) === ALB_LABEL,
    },
  ],
  hints: [
    {
      ja: 'ResourceLabel はロードバランサー ARN の `loadbalancer/` より後ろと、ターゲットグループ ARN の `targetgroup/` 以降を `/` でつないだものです。',
      en: 'ResourceLabel joins the part of the load balancer ARN after `loadbalancer/` and the target group ARN from `targetgroup/` on, with a `/`.',
    },
    {
      ja: '先頭は `app/prod-alb/50dc6c495c0c9188/` になります。',
      en: 'It starts with `app/prod-alb/50dc6c495c0c9188/`.',
    },
  ],
};

export const CH03_04 = [
  capacitySpotSplit,
  scalableTargetBounds,
  cpuTargetTracking,
  businessHoursSchedule,
  requestCountScaling,
];
