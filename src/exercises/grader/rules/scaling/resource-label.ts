/** Rule scaling/resource-label: ResourceLabel is required with, and only with, ALBRequestCountPerTarget, as app/<lb>/<id>/targetgroup/<tg>/<id>. */
import { checkedRule, lesson } from '../define.ts';
import { json, targetTrackingPolicy, type RuleExamples } from '../example-docs.ts';
import { get, ptr, str } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const resourceLabel = checkedRule({
  area: 'scaling',
  id: 'scaling/resource-label',
  kinds: ['scaling-policy', 'target-tracking-configuration', 'cfn'],
  severity: 'error',
  lesson: lesson('04-services-autoscaling', 'alb-request-count'),
  summary: {
    ja: 'ResourceLabel は ALBRequestCountPerTarget のときだけ必要で、app/<lb>/<id>/targetgroup/<tg>/<id> の形',
    en: 'ResourceLabel is required with, and only with, ALBRequestCountPerTarget, as app/<lb>/<id>/targetgroup/<tg>/<id>',
  },
  messages: {
    default: {
      ja: 'ALBRequestCountPerTarget には ResourceLabel（app/<LB名>/<LB ID>/targetgroup/<TG名>/<TG ID>）が必要です。',
      en: 'ALBRequestCountPerTarget needs ResourceLabel: app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>.',
    },
    'not-alb-metric': {
      ja: 'ResourceLabel は ALBRequestCountPerTarget のときだけ指定できます（今は {metric}）。',
      en: 'ResourceLabel is only allowed with ALBRequestCountPerTarget, not {metric}.',
    },
    format: {
      ja: 'ResourceLabel "{label}" は app/<LB名>/<LB ID>/targetgroup/<TG名>/<TG ID> の形です（ARN 全体ではなく末尾部分）。',
      en: 'ResourceLabel "{label}" must be app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id> (the ends of the two ARNs, not the full ARNs).',
    },
  },
  checks: { targetTracking: check },
});

const RESOURCE_LABEL = /^app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+\/targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/;

/** Reports a missing, misplaced or malformed ResourceLabel in the predefined metric at `base`. */
function check({ o: tt, base, r }: ScalingCtx): void {
  const pre = get(tt, 'PredefinedMetricSpecification');
  const metric = str(get(pre, 'PredefinedMetricType'));
  const label = get(pre, 'ResourceLabel');
  const pp = ptr(base, 'PredefinedMetricSpecification');
  if (metric === 'ALBRequestCountPerTarget' && label === undefined) {
    r.report(resourceLabel, pp, {});
  } else if (metric !== undefined && metric !== 'ALBRequestCountPerTarget' && label !== undefined) {
    r.report(resourceLabel, ptr(pp, 'ResourceLabel'), { metric }, 'not-alb-metric');
  } else if (typeof label === 'string' && !RESOURCE_LABEL.test(label)) {
    r.report(resourceLabel, ptr(pp, 'ResourceLabel'), { label }, 'format');
  }
}

export default resourceLabel;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(
          targetTrackingPolicy(
            {},
            { PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget' } },
          ),
        ),
        messageId: 'default',
        path: '/TargetTrackingScalingPolicyConfiguration/PredefinedMetricSpecification',
        line: 9,
      },
    ],
    pass: [
      json(
        targetTrackingPolicy(
          {},
          {
            PredefinedMetricSpecification: {
              PredefinedMetricType: 'ALBRequestCountPerTarget',
              ResourceLabel: 'app/web-alb/50dc6c495c0c9188/targetgroup/web-tg/943f017f100becff',
            },
          },
        ),
      ),
    ],
  };
}
