import { ACCOUNT, json, section, WEB_RESOURCE_ID } from '../helpers.ts';
import { at, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';

const ALB_LABEL = `app/prod-alb/50dc6c495c0c9188/targetgroup/web-tg/6d0ecf831eec9f09`;

/** Exercise: Track ALB requests per target. */
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
    ResourceId: WEB_RESOURCE_ID,
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
    ResourceId: WEB_RESOURCE_ID,
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
