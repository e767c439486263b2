/**
 * ECS Dojo simulator: a pure, seeded, deterministic model of Amazon ECS capacity provider splits,
 * rolling and blue/green deployments, Application Auto Scaling and cost. This file is the only
 * entry point; everything a UI needs is exported from here.
 * @packageDocumentation
 */
export { SimInputError, type SimErrorCode } from './errors.ts';
export { MODEL_ASSUMPTIONS, findAssumption, type ModelAssumption } from './assumptions.ts';
export { createRandom, type RandomSource } from './random.ts';
export {
  splitTasks,
  scaleSequence,
  validateStrategy,
  idealShares,
  providerKind,
  MAX_STRATEGY_ITEMS,
  type CapacityProviderStrategyItem,
  type TaskSplit,
  type ScaleStep,
  type ProviderKind,
} from './split-tasks.ts';
export { deploymentLimits, MAX_DESIRED_COUNT, type DeploymentLimits } from './deployment-limits.ts';
export {
  SCHEDULING_STRATEGIES,
  ROLLING_DEFAULT_PERCENTS,
  type SchedulingStrategy,
} from '../aws/scheduling-strategy.ts';
export {
  circuitBreakerThreshold,
  BREAKER_MIN_THRESHOLD,
  BREAKER_MAX_THRESHOLD,
  type ThresholdConfiguration,
  type ThresholdType,
} from './circuit-breaker.ts';
export {
  NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS,
  type ContainerHealthCheck,
  type LoadBalancerHealthCheck,
} from './task-health.ts';
export {
  simulateRollingDeployment,
  stuckConfigurationMessage,
  taskStatesAt,
  DEPROVISIONING_SECONDS,
} from './rolling-deploy.ts';
export {
  TASK_STATES,
  type TaskState,
  type TaskVersion,
  type NewVersionBehaviour,
  type CircuitBreakerOptions,
  type RollingDeploymentOptions,
  type RollingDeploymentResult,
  type RollingOutcome,
  type StuckReason,
  type TimelinePoint,
  type VersionCounts,
  type DeploymentEvent,
  type DeploymentEventKind,
  type TaskRecord,
} from './rolling-types.ts';
export {
  trafficShiftSchedule,
  controllerOf,
  bakeTimeOf,
  CODEDEPLOY_PREDEFINED_CONFIGS,
  type CodeDeployPredefinedConfig,
  type TrafficShiftConfig,
  type TrafficStep,
} from './traffic-shift.ts';
export {
  simulateBlueGreenDeployment,
  CODEDEPLOY_STAGES,
  CODEDEPLOY_HOOKABLE,
  ECS_LIFECYCLE_STAGES,
  ECS_HOOKABLE,
  type BlueGreenStage,
  type BlueGreenFailure,
  type BlueGreenOptions,
  type BlueGreenResult,
  type BlueGreenEvent,
  type BlueGreenEventCode,
  type BlueGreenPoint,
  type StageRecord,
} from './blue-green.ts';
export {
  targetTrackingDesiredCount,
  validateCapacityRange,
  MAX_CAPACITY,
  type TargetTrackingInput,
} from './target-tracking.ts';
export {
  simulateAutoScaling,
  roundPercentChange,
  type AutoScalingOptions,
  type AutoScalingResult,
  type AutoScalingEvent,
  type AutoScalingEventCode,
  type AutoScalingPoint,
  type ScalingPolicy,
  type TargetTrackingPolicy,
  type StepScalingPolicy,
  type StepAdjustment,
  type ScheduledAction,
} from './auto-scaling.ts';
export {
  steadyLoad,
  spikeLoad,
  dailyCycleLoad,
  type LoadCurve,
  type SpikeLoadOptions,
  type DailyCycleOptions,
} from './load-curves.ts';
export {
  parseSchedule,
  nextScheduleTimes,
  type ScheduleExpression,
  type CronFields,
} from './schedule-expression.ts';
export { zonedToEpoch, zonedCivil, civilToUtc, utcCivil, type CivilTime } from './civil-time.ts';
export {
  estimateMonthlyCost,
  estimateMixedCapacityCost,
  estimateTimelineCost,
  pointsFromBlueGreen,
  pointsFromAutoScaling,
  validateFargateSize,
  HOURS_PER_MONTH,
  INCLUDED_STORAGE_GIB,
  type CostInput,
  type CostLine,
  type CostEstimate,
  type MixedCostInput,
  type TaskCountPoint,
} from './cost.ts';
export { FARGATE_TASK_SIZES, fargateSizePairs, isFargateSize, type FargateCpuSize } from '../aws/index.ts';
export {
  FARGATE_PRICES,
  FARGATE_STORAGE_PRICES,
  EC2_PRICES,
  FARGATE_SPOT_MAX_DISCOUNT,
  FARGATE_SPOT_SOURCE,
  REGIONS,
  type Price,
  type Region,
  type FargatePlatform,
  type FargatePlatformPrices,
} from '../aws/index.ts';
