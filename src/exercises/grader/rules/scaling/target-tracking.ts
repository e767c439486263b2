/** Rule scaling/target-tracking: Target tracking has a TargetValue and exactly one of a predefined or customized metric. */
import { rule } from '../define.ts';
import { json, targetTrackingPolicy, type RuleExamples } from '../example-docs.ts';
import { SCALING } from './shared.ts';

export default rule({
  id: 'scaling/target-tracking',
  kinds: ['scaling-policy', 'target-tracking-configuration', 'cfn'],
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'ターゲット追跡は TargetValue と、定義済みかカスタムのメトリクスのどちらか一方を持つ',
    en: 'Target tracking has a TargetValue and exactly one of a predefined or customized metric',
  },
  messages: {
    default: { ja: 'TargetValue が必要です。', en: 'TargetValue is required.' },
    'both-metrics': {
      ja: 'PredefinedMetricSpecification と CustomizedMetricSpecification はどちらか一方です。',
      en: 'Use either PredefinedMetricSpecification or CustomizedMetricSpecification, not both.',
    },
    'no-metric': {
      ja: 'PredefinedMetricSpecification（例 ECSServiceAverageCPUUtilization）か CustomizedMetricSpecification を指定します。',
      en: 'Add PredefinedMetricSpecification (e.g. ECSServiceAverageCPUUtilization) or CustomizedMetricSpecification.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(targetTrackingPolicy({}, { TargetValue: undefined })),
        messageId: 'default',
        path: '/TargetTrackingScalingPolicyConfiguration',
        line: 7,
      },
    ],
    pass: [json(targetTrackingPolicy())],
  };
}
