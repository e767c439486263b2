/** Rule scaling/policy-configuration: The configuration matches PolicyType, and a fragment for --target-tracking-scaling-policy-configuration is not passed as --cli-input-json. */
import { rule } from '../define.ts';
import { json, targetTrackingPolicy, type RuleExamples } from '../example-docs.ts';
import { SCALING } from './shared.ts';

export default rule({
  id: 'scaling/policy-configuration',
  kinds: ['scaling-policy', 'cfn'],
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'PolicyType に合う設定があり、断片（--target-tracking-scaling-policy-configuration 用）を --cli-input-json に渡していない',
    en: 'The configuration matches PolicyType, and a fragment for --target-tracking-scaling-policy-configuration is not passed as --cli-input-json',
  },
  messages: { default: { ja: '{detailJa}', en: '{detail}' } },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    kind: 'scaling-policy',
    fail: [
      {
        src: json({
          TargetValue: 60,
          PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        }),
        messageId: 'default',
        path: '',
        line: 1,
      },
    ],
    pass: [json(targetTrackingPolicy())],
  };
}
