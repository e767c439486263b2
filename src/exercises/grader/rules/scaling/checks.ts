/**
 * Application Auto Scaling rules for ECS services: targets, policies, scheduled actions.
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html
 */
import { isIanaTimeZone, parseScheduleExpression } from '../../../../aws/index.ts';
import { arr, get, has, isIntrinsic, isObj, num, ptr, str, type Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import resourceId from './resource-id.ts';
import scalableDimension from './scalable-dimension.ts';
import minMax from './min-max.ts';
import minZero from './min-capacity-zero.ts';
import targetTracking from './target-tracking.ts';
import resourceLabel from './resource-label.ts';
import cooldowns from './cooldowns.ts';
import policyType from './policy-configuration.ts';
import stepAdjustments from './step-adjustments.ts';
import schedule from './schedule.ts';
import timezone from './timezone.ts';
import scheduledCapacity from './scheduled-capacity.ts';

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
  const cfg = (messageId: string, p = ''): void => r.report(policyType, p, {}, messageId);
  if (
    !cfn &&
    !has(o, 'PolicyName') &&
    !has(o, 'ResourceId') &&
    (has(o, 'TargetValue') || has(o, 'PredefinedMetricSpecification'))
  ) {
    cfg('fragment');
    checkTargetTracking(o, '', r);
    return;
  }
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
  if (isObj(tt)) checkTargetTracking(tt, '/TargetTrackingScalingPolicyConfiguration', r);
  if (isObj(step)) checkStepConfiguration(step, '/StepScalingPolicyConfiguration', r);
}

/** Target tracking configuration checks (inside a policy at `base`, or a flag file at ''). */
export function checkTargetTracking(tt: Obj, base: string, r: Reporter): void {
  const pre = get(tt, 'PredefinedMetricSpecification');
  const custom = has(tt, 'CustomizedMetricSpecification');
  const t = (messageId: string): void => r.report(targetTracking, base, {}, messageId);
  if (!has(tt, 'TargetValue')) t('default');
  if (pre !== undefined && custom) t('both-metrics');
  if (pre === undefined && !custom) t('no-metric');
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
  const out = num(get(tt, 'ScaleOutCooldown')) ?? 300;
  const inn = num(get(tt, 'ScaleInCooldown')) ?? 300;
  if (inn < out) r.report(cooldowns, ptr(base, 'ScaleInCooldown'), { in: inn, out });
}

/** Step scaling configuration checks (inside a policy at `base`, or a flag file at ''). */
export function checkStepConfiguration(step: Obj, base: string, r: Reporter): void {
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
