/** Rule scaling/resource-label: ResourceLabel is required with, and only with, ALBRequestCountPerTarget, as app/<lb>/<id>/targetgroup/<tg>/<id>. */
import { lesson, rule } from '../define.ts';
import { json, targetTrackingPolicy, type RuleExamples } from '../example-docs.ts';

export default rule({
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
});

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
