/** Rule scaling/scalable-dimension: For ECS, ScalableDimension is ecs:service:DesiredCount and ServiceNamespace is ecs. */
import { rule } from '../define.ts';
import { json, scalingTarget, type RuleExamples } from '../example-docs.ts';
import { ALL, SCALING } from './shared.ts';

export default rule({
  id: 'scaling/scalable-dimension',
  kinds: ALL,
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'ECS の ScalableDimension は ecs:service:DesiredCount、ServiceNamespace は ecs',
    en: 'For ECS, ScalableDimension is ecs:service:DesiredCount and ServiceNamespace is ecs',
  },
  messages: {
    default: {
      ja: '{field} "{value}" は ECS サービスでは {expected} です。',
      en: '{field} "{value}": for ECS services it is {expected}.',
    },
  },
  aws: {
    quote: 'ecs:service:DesiredCount - The task count of an ECS service.',
    source:
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html',
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(scalingTarget({ ScalableDimension: 'ecs:service:TaskCount' })),
        messageId: 'default',
        path: '/ScalableDimension',
        line: 4,
      },
    ],
    pass: [json(scalingTarget())],
  };
}
