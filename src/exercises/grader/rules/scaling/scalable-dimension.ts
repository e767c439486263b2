/** Rule scaling/scalable-dimension: For ECS, ScalableDimension is ecs:service:DesiredCount and ServiceNamespace is ecs. */
import { checkedRule } from '../define.ts';
import { json, scalingTarget, type RuleExamples } from '../example-docs.ts';
import { ALL, SCALING } from './shared.ts';
import { get, str, type Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import type { ScalingCtx } from './context.ts';

const scalableDimension = checkedRule({
  area: 'scaling',
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
  checks: { serviceNamespace: checkNamespace, scalableDimension: checkDimension },
});

/** Reports `field` (ServiceNamespace or ScalableDimension) when it is a string other than the ECS value `expected`. */
function check(o: Obj, field: 'ServiceNamespace' | 'ScalableDimension', expected: string, r: Reporter): void {
  const value = str(get(o, field));
  if (value !== undefined && value !== expected)
    r.report(scalableDimension, '/' + field, { field, value, expected });
}

/** Reports a ServiceNamespace other than `ecs`. */
function checkNamespace({ o, r }: ScalingCtx): void {
  check(o, 'ServiceNamespace', 'ecs', r);
}

/** Reports a ScalableDimension other than `ecs:service:DesiredCount`. */
function checkDimension({ o, r }: ScalingCtx): void {
  check(o, 'ScalableDimension', 'ecs:service:DesiredCount', r);
}

export default scalableDimension;

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
