/**
 * Application Auto Scaling rules for ECS services: targets, policies, scheduled actions. Each
 * function dispatches the scaling hooks of one input to the registered rules.
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html
 */
import { get, isObj, ptr, type Obj } from '../../value.ts';
import { dispatch } from '../dispatch.ts';
import type { Reporter } from '../report.ts';
import { isFragment } from './policy-configuration.ts';

/** Identifier checks shared by all three inputs (skips intrinsics and non-ECS namespaces). */
export function checkIdentifiers(o: Obj, r: Reporter): void {
  const ctx = { o, base: '', r };
  dispatch('scaling', 'serviceNamespace', ctx);
  dispatch('scaling', 'resourceId', ctx);
  dispatch('scaling', 'scalableDimension', ctx);
}

/** register-scalable-target checks. */
export function checkScalableTarget(o: Obj, r: Reporter): void {
  checkIdentifiers(o, r);
  dispatch('scaling', 'target', { o, base: '', r });
}

/** put-scaling-policy checks. */
export function checkScalingPolicy(o: Obj, r: Reporter, cfn: boolean): void {
  if (!cfn) checkIdentifiers(o, r);
  dispatch('scaling', 'policy', { o, r, cfn });
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
  dispatch('scaling', 'targetTracking', { o: tt, base, r });
}

/** Step scaling configuration checks (inside a policy at `base`, or a flag file at ''). */
export function checkStepConfiguration(step: Obj, base: string, r: Reporter): void {
  dispatch('scaling', 'stepScaling', { o: step, base, r });
}

/** put-scheduled-action checks (also a CloudFormation ScheduledActions item at `base`). */
export function checkScheduledAction(o: Obj, r: Reporter, base = '', identifiers = true): void {
  if (identifiers) checkIdentifiers(o, r);
  dispatch('scaling', 'scheduledAction', { o, base, r });
  const action = get(o, 'ScalableTargetAction');
  if (isObj(action))
    dispatch('scaling', 'targetAction', { o: action, base: ptr(base, 'ScalableTargetAction'), r });
}
