import { serviceOf } from '../goal-helpers.ts';
import { IMG, serviceSetup, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';

const RESOURCE = 'service/dojo/web';

/** Lab: target tracking on CPU absorbs a load spike. */
export const targetTrackingSpike: Lab = {
  id: 'target-tracking-spike',
  lesson: '04-services-autoscaling',
  title: { ja: 'ターゲット追跡で負荷の急増に備える', en: 'Target tracking under a load spike' },
  brief: {
    ja: 'サービス web（タスク 2 つ、CPU 約 50 %）に、10 分後から 30 分間、今の 6 倍の負荷が来ます。タスク数 2〜10 のスケーラブルターゲットと、平均 CPU 使用率を目標にするターゲット追跡ポリシーを作り、時間を進めてスケールアウトを確かめてください。',
    en: 'The service web (two tasks at about 50 % CPU) will get six times its load in 10 minutes, for 30 minutes. Create a scalable target of 2–10 tasks and a target tracking policy on average CPU, then move time forward and watch it scale out.',
  },
  files: { 'web.json': taskDefFile('web', IMG.web) },
  setup: [
    'aws ecs create-cluster --cluster-name dojo',
    ...serviceSetup('web', 'web.json', 2),
    'dojo advance 3m',
    'dojo load --cluster dojo --service web --base 1 --peak 6 --spike-in 10m --spike-for 30m',
  ],
  goals: [
    {
      id: 'target',
      text: {
        ja: 'スケーラブルターゲットの最小が 2 以上、最大が 8 以上',
        en: 'The scalable target has a minimum of at least 2 and a maximum of at least 8',
      },
      check: (s) =>
        s.scalableTargets.some((t) => t.ResourceId === RESOURCE && t.MinCapacity >= 2 && t.MaxCapacity >= 8),
    },
    {
      id: 'policy',
      text: {
        ja: 'ECSServiceAverageCPUUtilization を目標値 40〜75 で追跡するポリシーがある',
        en: 'A policy tracks ECSServiceAverageCPUUtilization with a target value of 40–75',
      },
      check: (s) =>
        s.scalingPolicies.some((p) => {
          const c = p.TargetTrackingScalingPolicyConfiguration;
          const spec = c?.['PredefinedMetricSpecification'] as Record<string, unknown> | undefined;
          const v = Number(c?.['TargetValue']);
          return (
            p.ResourceId === RESOURCE &&
            spec?.['PredefinedMetricType'] === 'ECSServiceAverageCPUUtilization' &&
            v >= 40 &&
            v <= 75
          );
        }),
    },
    {
      id: 'scaled-out',
      text: {
        ja: '負荷の急増でタスクが 4 つ以上に増えた',
        en: 'The spike scaled the service out to four tasks or more',
      },
      check: (s) =>
        (serviceOf(s, 'dojo', 'web')?.desiredCount ?? 0) >= 4 ||
        s.scalingActivities.some(
          (a) => a.ResourceId === RESOURCE && /desired count to ([4-9]|\d\d)\./.test(a.Description),
        ),
    },
  ],
  hints: [
    {
      ja: 'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/dojo/web --scalable-dimension ecs:service:DesiredCount で始めます。',
      en: 'Start with aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/dojo/web --scalable-dimension ecs:service:DesiredCount.',
    },
    {
      ja: 'ポリシーは put-scaling-policy --policy-type TargetTrackingScaling で、設定は TargetValue=50,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageCPUUtilization} です。',
      en: 'The policy is put-scaling-policy --policy-type TargetTrackingScaling with TargetValue=50,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageCPUUtilization}.',
    },
    {
      ja: 'dojo advance 20m のあと、describe-scaling-activities で何が起きたかを読みます。',
      en: 'After dojo advance 20m, read what happened with describe-scaling-activities.',
    },
  ],
  solution: [
    'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/dojo/web --scalable-dimension ecs:service:DesiredCount --min-capacity 2 --max-capacity 10',
    'aws application-autoscaling put-scaling-policy --service-namespace ecs --resource-id service/dojo/web --scalable-dimension ecs:service:DesiredCount --policy-name cpu50 --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration "TargetValue=50,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageCPUUtilization}"',
    'dojo advance 20m',
    'aws application-autoscaling describe-scaling-activities --service-namespace ecs --resource-id service/dojo/web --query "ScalingActivities[].Description"',
  ],
};
