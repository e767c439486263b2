// Application Auto Scaling facts the simulator relies on. Checked 2026-12-06 against:
// - Step scaling: https://docs.aws.amazon.com/autoscaling/application/userguide/step-scaling-policy-overview.html
// - Target tracking: https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
// - ECS service auto scaling: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html
// - Scheduled scaling: https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-policy-overview.html
// - StepScalingPolicyConfiguration.Cooldown: https://docs.aws.amazon.com/autoscaling/application/APIReference/API_StepScalingPolicyConfiguration.html

/**
 * Cooldown in seconds when a step scaling policy sets none ("If not specified, the default value
 * is 300", StepScalingPolicyConfiguration). Target tracking policies for ECS default to the same.
 */
export const DEFAULT_SCALING_COOLDOWN_SECONDS = 300;

/** Where each documented rule of how policies combine comes from (page and the rule, in our words). */
export const AUTO_SCALING_RULES = {
  /** Scale-in only when every target tracking policy with scale-in enabled is ready to scale in. */
  targetTrackingScaleInNeedsAll:
    'https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html',
  /** A step scaling scale-in is not blocked by a target tracking policy that is not ready. */
  stepScaleInNotBlockedByTargetTracking:
    'https://docs.aws.amazon.com/autoscaling/application/userguide/step-scaling-policy-overview.html',
  /** A step scale-in waits for its cooldown; a scale-out ends a running scale-in cooldown. */
  stepScaleInCooldown:
    'https://docs.aws.amazon.com/autoscaling/application/userguide/step-scaling-policy-overview.html',
  /** Below min: a scale-out goes to min and on; a scale-in leaves it. Above max: the mirror image. */
  outOfRangeDesiredCount:
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html',
  /** A scheduled action giving only one size must not cross the other: then both must be set. */
  scheduledActionBothSizes:
    'https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-policy-overview.html',
} as const;
