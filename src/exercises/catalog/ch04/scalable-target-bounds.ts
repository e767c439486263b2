import { json, section, WEB_RESOURCE_ID } from '../helpers.ts';
import { at, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';

/** Exercise: Register a scalable target. */
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
    ResourceId: WEB_RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    MinCapacity: 2,
    MaxCapacity: 20,
  }),
  goals: [
    {
      id: 'resource',
      text: { ja: '対象は `service/prod/web`', en: 'The target is `service/prod/web`' },
      lesson: section('04-services-autoscaling', 'scalable-target'),
      check: (doc) => at(doc, 'ResourceId') === WEB_RESOURCE_ID,
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
