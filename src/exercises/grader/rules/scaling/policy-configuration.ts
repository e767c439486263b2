/** Rule scaling/policy-configuration: The configuration matches PolicyType, and a fragment for --target-tracking-scaling-policy-configuration is not passed as --cli-input-json. */
import { checkedRule } from '../define.ts';
import { json, targetTrackingPolicy, type RuleExamples } from '../example-docs.ts';
import { SCALING } from './shared.ts';
import { get, has, isIntrinsic, isObj, str, type Obj } from '../../value.ts';
import type { PolicyCtx } from './context.ts';

const policyType = checkedRule({
  area: 'scaling',
  id: 'scaling/policy-configuration',
  kinds: ['scaling-policy', 'cfn'],
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'PolicyType に合う設定があり、断片（--target-tracking-scaling-policy-configuration 用）を --cli-input-json に渡していない',
    en: 'The configuration matches PolicyType, and a fragment for --target-tracking-scaling-policy-configuration is not passed as --cli-input-json',
  },
  messages: {
    default: {
      ja: 'TargetTrackingScaling には TargetTrackingScalingPolicyConfiguration が必要です。',
      en: 'TargetTrackingScaling needs TargetTrackingScalingPolicyConfiguration.',
    },
    fragment: {
      ja: 'これはターゲット追跡の設定部分だけです。--target-tracking-scaling-policy-configuration file://… で渡すか、PolicyName・ServiceNamespace・ResourceId・ScalableDimension・PolicyType を持つ完全な入力に包んで --cli-input-json に渡します。',
      en: 'This is only the target tracking configuration. Pass it with --target-tracking-scaling-policy-configuration file://…, or wrap it in a full input with PolicyName, ServiceNamespace, ResourceId, ScalableDimension and PolicyType for --cli-input-json.',
    },
    'step-needs-step-configuration': {
      ja: 'StepScaling には StepScalingPolicyConfiguration が必要です。',
      en: 'StepScaling needs StepScalingPolicyConfiguration.',
    },
    'step-with-target-tracking': {
      ja: 'StepScaling では TargetTrackingScalingPolicyConfiguration を使いません。',
      en: 'StepScaling does not use TargetTrackingScalingPolicyConfiguration.',
    },
  },
  checks: { policy: check },
});

/** True for a bare target tracking configuration given as a put-scaling-policy input (never in CloudFormation). */
export function isFragment(o: Obj, cfn: boolean): boolean {
  return (
    !cfn &&
    !has(o, 'PolicyName') &&
    !has(o, 'ResourceId') &&
    (has(o, 'TargetValue') || has(o, 'PredefinedMetricSpecification'))
  );
}

/** Reports a policy fragment, or a policy type without (or with the wrong) configuration block. */
function check({ o, r, cfn }: PolicyCtx): void {
  const cfg = (messageId: string, p = ''): void => r.report(policyType, p, {}, messageId);
  if (isFragment(o, cfn)) return cfg('fragment');
  const type = str(get(o, 'PolicyType'));
  const tt = get(o, 'TargetTrackingScalingPolicyConfiguration');
  const step = get(o, 'StepScalingPolicyConfiguration');
  if (
    (type === 'TargetTrackingScaling' || type === undefined) &&
    !isObj(tt) &&
    !isObj(step) &&
    !isIntrinsic(tt)
  ) {
    cfg('default');
  }
  if (type === 'StepScaling' && !isObj(step) && !isIntrinsic(step)) cfg('step-needs-step-configuration');
  if (type === 'StepScaling' && isObj(tt))
    cfg('step-with-target-tracking', '/TargetTrackingScalingPolicyConfiguration');
}

export default policyType;

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
        messageId: 'fragment',
        path: '',
        line: 1,
      },
      {
        src: json(
          targetTrackingPolicy({ PolicyType: 'StepScaling', StepScalingPolicyConfiguration: undefined }),
        ),
        messageId: 'step-needs-step-configuration',
        path: '',
        line: 1,
      },
    ],
    pass: [json(targetTrackingPolicy())],
  };
}
