// Application Auto Scaling facts the simulator relies on. Checked 2026-12-06 against:
// - Step scaling: https://docs.aws.amazon.com/autoscaling/application/userguide/step-scaling-policy-overview.html
// - Target tracking: https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
// - ECS service auto scaling: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html
// - Scheduled scaling: https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-policy-overview.html
// - StepScalingPolicyConfiguration.Cooldown: https://docs.aws.amazon.com/autoscaling/application/APIReference/API_StepScalingPolicyConfiguration.html

/**
 * Cooldown in seconds when a step scaling policy sets none ("If not specified, the default value
 * is 300", StepScalingPolicyConfiguration). Target tracking scale-in and scale-out cooldowns for
 * ECS default to 300 s too, as the CDK reference for target tracking states:
 * https://docs.aws.amazon.com/cdk/api/latest/python/aws_cdk.aws_applicationautoscaling/BaseTargetTrackingProps.html
 */
export const DEFAULT_SCALING_COOLDOWN_SECONDS = 300;
