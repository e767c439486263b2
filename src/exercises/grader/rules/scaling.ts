/**
 * Application Auto Scaling rules for ECS services: targets, policies, scheduled actions.
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html
 */
import { isIanaTimeZone, parseScheduleExpression } from '../../../aws/index.ts';
import { arr, get, has, isIntrinsic, isObj, num, ptr, str, type Obj } from '../value.ts';
import { lesson, rule } from './define.ts';
import type { Reporter } from './report.ts';

const SCALING = lesson('04-services-autoscaling', 'scalable-target');
const ALL = ['scaling-target', 'scaling-policy', 'scheduled-action', 'cfn'] as const;

export const resourceId = rule({
  id: 'scaling/resource-id',
  kinds: ALL,
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'ResourceId が service/<クラスター>/<サービス> の形',
    en: 'ResourceId is service/<cluster>/<service>',
  },
  message: {
    ja: 'ResourceId "{value}" は service/<クラスター名>/<サービス名> の形にします。',
    en: 'ResourceId "{value}" must be service/<cluster-name>/<service-name>.',
  },
  aws: {
    quote:
      'ECS service - The resource type is service and the unique identifier is the cluster name and service name. Example: service/my-cluster/my-service.',
    source:
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html',
  },
});

export const scalableDimension = rule({
  id: 'scaling/scalable-dimension',
  kinds: ALL,
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'ECS の ScalableDimension は ecs:service:DesiredCount、ServiceNamespace は ecs',
    en: 'For ECS, ScalableDimension is ecs:service:DesiredCount and ServiceNamespace is ecs',
  },
  message: {
    ja: '{field} "{value}" は ECS サービスでは {expected} です。',
    en: '{field} "{value}": for ECS services it is {expected}.',
  },
  aws: {
    quote: 'ecs:service:DesiredCount - The task count of an ECS service.',
    source:
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html',
  },
});

export const minMax = rule({
  id: 'scaling/min-max',
  kinds: ALL,
  severity: 'error',
  lesson: SCALING,
  summary: { ja: 'MinCapacity ≤ MaxCapacity', en: 'MinCapacity ≤ MaxCapacity' },
  message: {
    ja: 'MinCapacity {min} が MaxCapacity {max} より大きくなっています。',
    en: 'MinCapacity {min} is greater than MaxCapacity {max}.',
  },
});

export const minZero = rule({
  id: 'scaling/min-capacity-zero',
  kinds: ['scaling-target', 'cfn'],
  severity: 'info',
  lesson: SCALING,
  summary: {
    ja: 'MinCapacity は 1 以上を推奨（0 だとメトリクスが途切れる）',
    en: 'MinCapacity of at least 1 is recommended (0 stops the metrics)',
  },
  message: {
    ja: 'MinCapacity が 0 です。タスクが 0 になると CPU などのメトリクスが出なくなり、ターゲット追跡がスケールアウトのきっかけを失います。',
    en: 'MinCapacity is 0. With no tasks the service publishes no CPU or memory metrics, so target tracking has nothing to scale out on.',
  },
});

export const targetTracking = rule({
  id: 'scaling/target-tracking',
  kinds: ['scaling-policy', 'target-tracking-configuration', 'cfn'],
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'ターゲット追跡は TargetValue と、定義済みかカスタムのメトリクスのどちらか一方を持つ',
    en: 'Target tracking has a TargetValue and exactly one of a predefined or customized metric',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
});

export const resourceLabel = rule({
  id: 'scaling/resource-label',
  kinds: ['scaling-policy', 'target-tracking-configuration', 'cfn'],
  severity: 'error',
  lesson: lesson('04-services-autoscaling', 'alb-request-count'),
  summary: {
    ja: 'ResourceLabel は ALBRequestCountPerTarget のときだけ必要で、app/<lb>/<id>/targetgroup/<tg>/<id> の形',
    en: 'ResourceLabel is required with, and only with, ALBRequestCountPerTarget, as app/<lb>/<id>/targetgroup/<tg>/<id>',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
});

export const cooldowns = rule({
  id: 'scaling/cooldowns',
  kinds: ['scaling-policy', 'target-tracking-configuration', 'cfn'],
  severity: 'warning',
  lesson: SCALING,
  summary: {
    ja: 'スケールインのクールダウンがスケールアウト以上',
    en: 'The scale-in cooldown is at least the scale-out cooldown',
  },
  message: {
    ja: 'ScaleInCooldown {in} 秒が ScaleOutCooldown {out} 秒より短いと、増やした直後に減らしてしまい揺れやすくなります。',
    en: 'ScaleInCooldown ({in} s) shorter than ScaleOutCooldown ({out} s) removes tasks right after adding them and makes the service flap.',
  },
});

export const policyType = rule({
  id: 'scaling/policy-configuration',
  kinds: ['scaling-policy', 'cfn'],
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'PolicyType に合う設定があり、断片（--target-tracking-scaling-policy-configuration 用）を --cli-input-json に渡していない',
    en: 'The configuration matches PolicyType, and a fragment for --target-tracking-scaling-policy-configuration is not passed as --cli-input-json',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
});

export const stepAdjustments = rule({
  id: 'scaling/step-adjustments',
  kinds: ['scaling-policy', 'step-scaling-configuration', 'cfn'],
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'ステップの範囲が重ならず隙間もなく、下限なし・上限なしはそれぞれ1つまで',
    en: 'Step ranges neither overlap nor leave gaps; at most one open lower and one open upper bound',
  },
  message: { ja: 'StepAdjustments が不正です: {detailJa}', en: 'Invalid StepAdjustments: {detail}' },
  aws: {
    quote: "The ranges of your step adjustments can't overlap or have a gap.",
    source:
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_StepScalingPolicyConfiguration.html',
  },
});

export const schedule = rule({
  id: 'scaling/schedule',
  kinds: ['scheduled-action', 'cfn'],
  severity: 'error',
  lesson: lesson('04-services-autoscaling', 'scheduled-scaling'),
  summary: {
    ja: 'Schedule が実在する日時の at(yyyy-mm-ddThh:mm:ss)・rate(N 単位)・範囲内の値を持つ cron(6 フィールド) のいずれか',
    en: 'Schedule is at(yyyy-mm-ddThh:mm:ss) with a real date, rate(N unit) or cron(6 fields) with values in range',
  },
  message: { ja: 'Schedule "{value}" が不正です: {detailJa}', en: 'Invalid Schedule "{value}": {detail}' },
});

export const timezone = rule({
  id: 'scaling/timezone',
  kinds: ['scheduled-action', 'cfn'],
  severity: 'error',
  lesson: lesson('04-services-autoscaling', 'scheduled-scaling'),
  summary: {
    ja: 'Timezone が IANA のタイムゾーン名（例 Asia/Tokyo）',
    en: 'Timezone is an IANA time zone name (e.g. Asia/Tokyo)',
  },
  message: {
    ja: 'Timezone "{value}" は IANA のタイムゾーン名ではありません（例 Asia/Tokyo）。',
    en: 'Timezone "{value}" is not an IANA time zone name (e.g. Asia/Tokyo).',
  },
  aws: {
    quote: 'Valid values are the canonical names of the IANA time zones supported by Joda-Time',
    source: 'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html',
  },
});

export const scheduledCapacity = rule({
  id: 'scaling/scheduled-capacity',
  kinds: ['scheduled-action', 'cfn'],
  severity: 'error',
  lesson: lesson('04-services-autoscaling', 'scheduled-scaling'),
  summary: {
    ja: 'ScalableTargetAction に MinCapacity か MaxCapacity がある',
    en: 'ScalableTargetAction sets MinCapacity or MaxCapacity',
  },
  message: {
    ja: 'ScalableTargetAction に MinCapacity も MaxCapacity もありません。',
    en: 'ScalableTargetAction sets neither MinCapacity nor MaxCapacity.',
  },
});

const RESOURCE_ID = /^service\/[A-Za-z0-9_-]{1,255}\/[A-Za-z0-9_-]{1,255}$/;
const RESOURCE_LABEL = /^app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+\/targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/;

/** Identifier checks shared by all three inputs (skips intrinsics and non-ECS namespaces). */
export function checkIdentifiers(o: Obj, r: Reporter): void {
  const ns = str(get(o, 'ServiceNamespace'));
  if (ns !== undefined && ns !== 'ecs')
    r.report(scalableDimension, '/ServiceNamespace', {
      field: 'ServiceNamespace',
      value: ns,
      expected: 'ecs',
    });
  const id = str(get(o, 'ResourceId'));
  if (id !== undefined && !RESOURCE_ID.test(id)) r.report(resourceId, '/ResourceId', { value: id });
  const dim = str(get(o, 'ScalableDimension'));
  if (dim !== undefined && dim !== 'ecs:service:DesiredCount')
    r.report(scalableDimension, '/ScalableDimension', {
      field: 'ScalableDimension',
      value: dim,
      expected: 'ecs:service:DesiredCount',
    });
}

/** register-scalable-target checks. */
export function checkScalableTarget(o: Obj, r: Reporter): void {
  checkIdentifiers(o, r);
  checkMinMax(o, '', r);
  if (num(get(o, 'MinCapacity')) === 0) r.report(minZero, '/MinCapacity');
}

function checkMinMax(o: unknown, base: string, r: Reporter): void {
  const min = num(get(o, 'MinCapacity'));
  const max = num(get(o, 'MaxCapacity'));
  if (min !== undefined && max !== undefined && min > max)
    r.report(minMax, ptr(base, 'MinCapacity'), { min, max });
}

/** put-scaling-policy checks. */
export function checkScalingPolicy(o: Obj, r: Reporter, cfn: boolean): void {
  if (!cfn) checkIdentifiers(o, r);
  const type = str(get(o, 'PolicyType'));
  const tt = get(o, 'TargetTrackingScalingPolicyConfiguration');
  const step = get(o, 'StepScalingPolicyConfiguration');
  const cfg = (detail: string, detailJa: string, p = ''): void =>
    r.report(policyType, p, { detail, detailJa });
  if (
    !cfn &&
    !has(o, 'PolicyName') &&
    !has(o, 'ResourceId') &&
    (has(o, 'TargetValue') || has(o, 'PredefinedMetricSpecification'))
  ) {
    cfg(
      'This is only the target tracking configuration. Pass it with --target-tracking-scaling-policy-configuration file://…, or wrap it in a full input with PolicyName, ServiceNamespace, ResourceId, ScalableDimension and PolicyType for --cli-input-json.',
      'これはターゲット追跡の設定部分だけです。--target-tracking-scaling-policy-configuration file://… で渡すか、PolicyName・ServiceNamespace・ResourceId・ScalableDimension・PolicyType を持つ完全な入力に包んで --cli-input-json に渡します。',
    );
    checkTargetTracking(o, '', r);
    return;
  }
  if (
    (type === 'TargetTrackingScaling' || type === undefined) &&
    !isObj(tt) &&
    !isObj(step) &&
    !isIntrinsic(tt)
  ) {
    cfg(
      'TargetTrackingScaling needs TargetTrackingScalingPolicyConfiguration.',
      'TargetTrackingScaling には TargetTrackingScalingPolicyConfiguration が必要です。',
    );
  }
  if (type === 'StepScaling' && !isObj(step) && !isIntrinsic(step))
    cfg(
      'StepScaling needs StepScalingPolicyConfiguration.',
      'StepScaling には StepScalingPolicyConfiguration が必要です。',
    );
  if (type === 'StepScaling' && isObj(tt))
    cfg(
      'StepScaling does not use TargetTrackingScalingPolicyConfiguration.',
      'StepScaling では TargetTrackingScalingPolicyConfiguration を使いません。',
      '/TargetTrackingScalingPolicyConfiguration',
    );
  if (isObj(tt)) checkTargetTracking(tt, '/TargetTrackingScalingPolicyConfiguration', r);
  if (isObj(step)) checkStepConfiguration(step, '/StepScalingPolicyConfiguration', r);
}

/** Target tracking configuration checks (inside a policy at `base`, or a flag file at ''). */
export function checkTargetTracking(tt: Obj, base: string, r: Reporter): void {
  const pre = get(tt, 'PredefinedMetricSpecification');
  const custom = has(tt, 'CustomizedMetricSpecification');
  const t = (detail: string, detailJa: string, p = base): void =>
    r.report(targetTracking, p, { detail, detailJa });
  if (!has(tt, 'TargetValue')) t('TargetValue is required.', 'TargetValue が必要です。');
  if (pre !== undefined && custom)
    t(
      'Use either PredefinedMetricSpecification or CustomizedMetricSpecification, not both.',
      'PredefinedMetricSpecification と CustomizedMetricSpecification はどちらか一方です。',
    );
  if (pre === undefined && !custom)
    t(
      'Add PredefinedMetricSpecification (e.g. ECSServiceAverageCPUUtilization) or CustomizedMetricSpecification.',
      'PredefinedMetricSpecification（例 ECSServiceAverageCPUUtilization）か CustomizedMetricSpecification を指定します。',
    );
  const metric = str(get(pre, 'PredefinedMetricType'));
  const label = get(pre, 'ResourceLabel');
  const pp = ptr(base, 'PredefinedMetricSpecification');
  const l = (detail: string, detailJa: string, p: string): void =>
    r.report(resourceLabel, p, { detail, detailJa });
  if (metric === 'ALBRequestCountPerTarget' && label === undefined) {
    l(
      'ALBRequestCountPerTarget needs ResourceLabel: app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>.',
      'ALBRequestCountPerTarget には ResourceLabel（app/<LB名>/<LB ID>/targetgroup/<TG名>/<TG ID>）が必要です。',
      pp,
    );
  } else if (metric !== undefined && metric !== 'ALBRequestCountPerTarget' && label !== undefined) {
    l(
      `ResourceLabel is only allowed with ALBRequestCountPerTarget, not ${metric}.`,
      `ResourceLabel は ALBRequestCountPerTarget のときだけ指定できます（今は ${metric}）。`,
      ptr(pp, 'ResourceLabel'),
    );
  } else if (typeof label === 'string' && !RESOURCE_LABEL.test(label)) {
    l(
      `ResourceLabel "${label}" must be app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id> (the ends of the two ARNs, not the full ARNs).`,
      `ResourceLabel "${label}" は app/<LB名>/<LB ID>/targetgroup/<TG名>/<TG ID> の形です（ARN 全体ではなく末尾部分）。`,
      ptr(pp, 'ResourceLabel'),
    );
  }
  const out = num(get(tt, 'ScaleOutCooldown')) ?? 300;
  const inn = num(get(tt, 'ScaleInCooldown')) ?? 300;
  if (inn < out) r.report(cooldowns, ptr(base, 'ScaleInCooldown'), { in: inn, out });
}

/** Step scaling configuration checks (inside a policy at `base`, or a flag file at ''). */
export function checkStepConfiguration(step: Obj, base: string, r: Reporter): void {
  const list = arr(get(step, 'StepAdjustments'));
  const s = (detail: string, detailJa: string, p = ptr(base, 'StepAdjustments')): void =>
    r.report(stepAdjustments, p, { detail, detailJa });
  if (!has(step, 'AdjustmentType')) s('AdjustmentType is required.', 'AdjustmentType が必要です。', base);
  if (list.length === 0) return s('At least one step is required.', 'ステップが少なくとも1つ必要です。');
  const ranges = list.map((it) => ({
    lo: num(get(it, 'MetricIntervalLowerBound')) ?? -Infinity,
    hi: num(get(it, 'MetricIntervalUpperBound')) ?? Infinity,
  }));
  if (ranges.filter((x) => x.lo === -Infinity).length > 1)
    s('Only one step may omit the lower bound.', '下限を省略できるステップは1つだけです。');
  if (ranges.filter((x) => x.hi === Infinity).length > 1)
    s('Only one step may omit the upper bound.', '上限を省略できるステップは1つだけです。');
  const sorted = [...ranges].sort((a, b) => a.lo - b.lo);
  for (let i = 0; i < sorted.length; i++) {
    const cur = sorted[i];
    const next = sorted[i + 1];
    if (cur && cur.lo >= cur.hi)
      return s(
        'A step has its lower bound at or above its upper bound.',
        '下限が上限以上のステップがあります。',
      );
    if (cur && next && cur.hi > next.lo) return s('Step ranges overlap.', 'ステップの範囲が重なっています。');
    if (cur && next && cur.hi < next.lo)
      return s('Step ranges leave a gap.', 'ステップの範囲に隙間があります。');
  }
}

/** Problem with a schedule expression (the one parser in src/aws), or undefined. */
export function scheduleProblem(s: string): { detail: string; detailJa: string } | undefined {
  const parsed = parseScheduleExpression(s);
  return parsed.ok ? undefined : { detail: parsed.problem.en, detailJa: parsed.problem.ja };
}

/** put-scheduled-action checks (also a CloudFormation ScheduledActions item at `base`). */
export function checkScheduledAction(o: Obj, r: Reporter, base = '', identifiers = true): void {
  if (identifiers) checkIdentifiers(o, r);
  const sched = str(get(o, 'Schedule'));
  const problem = sched !== undefined ? scheduleProblem(sched) : undefined;
  if (sched !== undefined && problem) r.report(schedule, ptr(base, 'Schedule'), { value: sched, ...problem });
  const tz = str(get(o, 'Timezone'));
  if (tz !== undefined && !isIanaTimeZone(tz)) r.report(timezone, ptr(base, 'Timezone'), { value: tz });
  const action = get(o, 'ScalableTargetAction');
  if (isObj(action)) {
    if (!has(action, 'MinCapacity') && !has(action, 'MaxCapacity'))
      r.report(scheduledCapacity, ptr(base, 'ScalableTargetAction'));
    checkMinMax(action, ptr(base, 'ScalableTargetAction'), r);
  }
}

export const SCALING_RULES = [
  resourceId,
  scalableDimension,
  minMax,
  minZero,
  policyType,
  targetTracking,
  resourceLabel,
  cooldowns,
  stepAdjustments,
  schedule,
  timezone,
  scheduledCapacity,
];
