/** Rule scaling/step-adjustments: Step ranges neither overlap nor leave gaps; at most one open lower and one open upper bound. */
import { rule } from '../define.ts';
import { json, stepPolicy, type RuleExamples } from '../example-docs.ts';
import { SCALING } from './shared.ts';

export default rule({
  id: 'scaling/step-adjustments',
  kinds: ['scaling-policy', 'step-scaling-configuration', 'cfn'],
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'ステップの範囲が重ならず隙間もなく、下限なし・上限なしはそれぞれ1つまで',
    en: 'Step ranges neither overlap nor leave gaps; at most one open lower and one open upper bound',
  },
  messages: {
    default: {
      ja: 'StepAdjustments が不正です: ステップの範囲が重なっています。',
      en: 'Invalid StepAdjustments: Step ranges overlap.',
    },
    'adjustment-type': {
      ja: 'StepAdjustments が不正です: AdjustmentType が必要です。',
      en: 'Invalid StepAdjustments: AdjustmentType is required.',
    },
    'no-steps': {
      ja: 'StepAdjustments が不正です: ステップが少なくとも1つ必要です。',
      en: 'Invalid StepAdjustments: At least one step is required.',
    },
    'open-lower-bounds': {
      ja: 'StepAdjustments が不正です: 下限を省略できるステップは1つだけです。',
      en: 'Invalid StepAdjustments: Only one step may omit the lower bound.',
    },
    'open-upper-bounds': {
      ja: 'StepAdjustments が不正です: 上限を省略できるステップは1つだけです。',
      en: 'Invalid StepAdjustments: Only one step may omit the upper bound.',
    },
    'empty-step': {
      ja: 'StepAdjustments が不正です: 下限が上限以上のステップがあります。',
      en: 'Invalid StepAdjustments: A step has its lower bound at or above its upper bound.',
    },
    gap: {
      ja: 'StepAdjustments が不正です: ステップの範囲に隙間があります。',
      en: 'Invalid StepAdjustments: Step ranges leave a gap.',
    },
  },
  aws: {
    quote: "The ranges of your step adjustments can't overlap or have a gap.",
    source:
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_StepScalingPolicyConfiguration.html',
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(
          stepPolicy([
            { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 1 },
            { MetricIntervalLowerBound: 10, ScalingAdjustment: 3 },
          ]),
        ),
        messageId: 'default',
        path: '/StepScalingPolicyConfiguration/StepAdjustments',
        line: 9,
      },
    ],
    pass: [
      json(
        stepPolicy([
          { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 1 },
          { MetricIntervalLowerBound: 20, ScalingAdjustment: 3 },
        ]),
      ),
    ],
  };
}
