/** Rule scaling/target-tracking: Target tracking has a TargetValue and exactly one of a predefined or customized metric. */
import { checkedRule } from '../define.ts';
import { json, targetTrackingPolicy, type RuleExamples } from '../example-docs.ts';
import { SCALING } from './shared.ts';
import { get, has } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const targetTracking = checkedRule({
  area: 'scaling',
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
  checks: { targetTracking: check },
});

/** Reports a target tracking configuration at `base` without a target value, or with no or two metrics. */
function check({ o: tt, base, r }: ScalingCtx): void {
  const pre = get(tt, 'PredefinedMetricSpecification');
  const custom = has(tt, 'CustomizedMetricSpecification');
  const t = (messageId: string): void => r.report(targetTracking, base, {}, messageId);
  if (!has(tt, 'TargetValue')) t('default');
  if (pre !== undefined && custom) t('both-metrics');
  if (pre === undefined && !custom) t('no-metric');
}

export default targetTracking;

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
