/** What the Application Auto Scaling rules' hooks pass to their checks. */
import type { Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';

/** An object to check, the pointer it sits at (relative to what `r` reports against) and where to report. */
export interface ScalingCtx {
  readonly o: Obj;
  readonly base: string;
  readonly r: Reporter;
}

/** A scaling policy; `cfn` for an AWS::ApplicationAutoScaling::ScalingPolicy resource. */
export interface PolicyCtx {
  readonly o: Obj;
  readonly r: Reporter;
  readonly cfn: boolean;
}

/** The hooks the scaling runner dispatches, in the order it reaches them. */
export interface ScalingHooks {
  /** The ServiceNamespace of a target, policy or scheduled action. */
  readonly serviceNamespace: ScalingCtx;
  /** Its ResourceId. */
  readonly resourceId: ScalingCtx;
  /** Its ScalableDimension. */
  readonly scalableDimension: ScalingCtx;
  /** A scalable target's capacities. */
  readonly target: ScalingCtx;
  /** A scaling policy's type and configuration blocks. */
  readonly policy: PolicyCtx;
  /** A target tracking configuration. */
  readonly targetTracking: ScalingCtx;
  /** A step scaling configuration. */
  readonly stepScaling: ScalingCtx;
  /** A scheduled action's schedule and capacities. */
  readonly scheduledAction: ScalingCtx;
  /** A scheduled action's ScalableTargetAction. */
  readonly targetAction: ScalingCtx;
}
