/** Rule scaling/step-adjustments: Step ranges neither overlap nor leave gaps; at most one open lower and one open upper bound. */
import { checkedRule } from '../define.ts';
import { json, stepPolicy, type RuleExamples } from '../example-docs.ts';
import { SCALING } from './shared.ts';
import { arr, get, has, num, ptr } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const stepAdjustments = checkedRule({
  area: 'scaling',
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
  checks: { stepScaling: check },
});

/** Reports a step scaling configuration at `base` without an adjustment type or with missing, open, overlapping or gapped steps. */
function check({ o: step, base, r }: ScalingCtx): void {
  const list = arr(get(step, 'StepAdjustments'));
  const s = (messageId: string, p = ptr(base, 'StepAdjustments')): void =>
    r.report(stepAdjustments, p, {}, messageId);
  if (!has(step, 'AdjustmentType')) s('adjustment-type', base);
  if (list.length === 0) return s('no-steps');
  const ranges = list.map((it) => ({
    lo: num(get(it, 'MetricIntervalLowerBound')) ?? -Infinity,
    hi: num(get(it, 'MetricIntervalUpperBound')) ?? Infinity,
  }));
  if (ranges.filter((x) => x.lo === -Infinity).length > 1) s('open-lower-bounds');
  if (ranges.filter((x) => x.hi === Infinity).length > 1) s('open-upper-bounds');
  const sorted = [...ranges].sort((a, b) => a.lo - b.lo);
  for (let i = 0; i < sorted.length; i++) {
    const cur = sorted[i];
    const next = sorted[i + 1];
    if (cur && cur.lo >= cur.hi) return s('empty-step');
    if (cur && next && cur.hi > next.lo) return s('default');
    if (cur && next && cur.hi < next.lo) return s('gap');
  }
}

export default stepAdjustments;

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
