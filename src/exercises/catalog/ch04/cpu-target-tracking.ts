import { json, section, WEB_RESOURCE_ID } from '../helpers.ts';
import { at, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';

/** Exercise: Target tracking at 70% CPU. */
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
    ResourceId: WEB_RESOURCE_ID,
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
    ResourceId: WEB_RESOURCE_ID,
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
