/**
 * Application Auto Scaling rules for ECS services: targets, policies, scheduled actions.
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html
 */
import { get, isObj, ptr, type Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import { check as checkCooldowns } from './cooldowns.ts';
import { check as checkMinZero } from './min-capacity-zero.ts';
import { check as checkMinMax } from './min-max.ts';
import { check as checkPolicyConfiguration, isFragment } from './policy-configuration.ts';
import { check as checkResourceId } from './resource-id.ts';
import { check as checkResourceLabel } from './resource-label.ts';
import { check as checkDimension } from './scalable-dimension.ts';
import { check as checkSchedule } from './schedule.ts';
import { check as checkScheduledCapacity } from './scheduled-capacity.ts';
import { check as checkStepAdjustments } from './step-adjustments.ts';
import { check as checkTargetValueAndMetric } from './target-tracking.ts';
import { check as checkTimezone } from './timezone.ts';

/** Identifier checks shared by all three inputs (skips intrinsics and non-ECS namespaces). */
export function checkIdentifiers(o: Obj, r: Reporter): void {
  checkDimension(o, 'ServiceNamespace', 'ecs', r);
  checkResourceId(o, r);
  checkDimension(o, 'ScalableDimension', 'ecs:service:DesiredCount', r);
}

/** register-scalable-target checks. */
export function checkScalableTarget(o: Obj, r: Reporter): void {
  checkIdentifiers(o, r);
  checkMinMax(o, '', r);
  checkMinZero(o, r);
}

/** put-scaling-policy checks. */
export function checkScalingPolicy(o: Obj, r: Reporter, cfn: boolean): void {
  if (!cfn) checkIdentifiers(o, r);
  checkPolicyConfiguration(o, r, cfn);
  if (isFragment(o, cfn)) {
    checkTargetTracking(o, '', r);
    return;
  }
  const tt = get(o, 'TargetTrackingScalingPolicyConfiguration');
  const step = get(o, 'StepScalingPolicyConfiguration');
  if (isObj(tt)) checkTargetTracking(tt, '/TargetTrackingScalingPolicyConfiguration', r);
  if (isObj(step)) checkStepConfiguration(step, '/StepScalingPolicyConfiguration', r);
}

/** Target tracking configuration checks (inside a policy at `base`, or a flag file at ''). */
export function checkTargetTracking(tt: Obj, base: string, r: Reporter): void {
  checkTargetValueAndMetric(tt, base, r);
  checkResourceLabel(tt, base, r);
  checkCooldowns(tt, base, r);
}

/** Step scaling configuration checks (inside a policy at `base`, or a flag file at ''). */
export function checkStepConfiguration(step: Obj, base: string, r: Reporter): void {
  checkStepAdjustments(step, base, r);
}

/** put-scheduled-action checks (also a CloudFormation ScheduledActions item at `base`). */
export function checkScheduledAction(o: Obj, r: Reporter, base = '', identifiers = true): void {
  if (identifiers) checkIdentifiers(o, r);
  checkSchedule(o, base, r);
  checkTimezone(o, base, r);
  checkScheduledCapacity(o, base, r);
  const action = get(o, 'ScalableTargetAction');
  if (isObj(action)) checkMinMax(action, ptr(base, 'ScalableTargetAction'), r);
}
