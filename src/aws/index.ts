/**
 * AWS facts, once: Fargate task sizes, schedule expressions, capacity provider strategies,
 * deployment defaults and limits, circuit breaker thresholds, health checks, deployment
 * configurations, quotas and prices, each with its source and the date it was last checked.
 * Pure TypeScript on the lowest floor: it imports nothing of ours but `src/util`.
 * @packageDocumentation
 */
import { ledgerEntry, type FactEntry } from './fact.ts';
import { STRATEGY_LIMITS_FACT, STRATEGY_NO_MIXING_FACT } from './capacity-provider-strategy.ts';
import { BREAKER_THRESHOLD_FACT } from './circuit-breaker.ts';
import {
  CODEDEPLOY_CONFIGS_FACT,
  CODEDEPLOY_TERMINATION_WAIT_FACT,
  ECS_STRATEGIES_FACT,
} from './deployment-configurations.ts';
import {
  EC2_TASK_CPU_RANGE_FACT,
  FARGATE_EPHEMERAL_STORAGE_FACT,
  FARGATE_TASK_SIZES_FACT,
} from './fargate-task-sizes.ts';
import {
  CONTAINER_HEALTH_CHECK_FACT,
  NO_HEALTH_CHECK_FACT,
  STOP_TIMEOUT_FACT,
  TARGET_GROUP_HEALTH_CHECK_FACT,
} from './health-checks.ts';
import { PRICE_FACTS } from './prices.ts';
import { ECS_QUOTAS_FACT } from './quotas.ts';
import { ROLLING_DEFAULTS_FACT, ROLLING_ROUNDING_FACT } from './rolling-deployment.ts';
import { SCHEDULE_FORMATS_FACT, SCHEDULE_TIME_ZONE_FACT } from './schedule-expression.ts';

export * from './fact.ts';
export * from './fargate-task-sizes.ts';
export * from './schedule-expression.ts';
export * from './capacity-provider-strategy.ts';
export * from './rolling-deployment.ts';
export * from './circuit-breaker.ts';
export * from './health-checks.ts';
export * from './deployment-configurations.ts';
export * from './quotas.ts';
export * from './prices.ts';

/** Every fact of the ledger, without values, in the order the pages list them. */
export const FACTS: readonly FactEntry[] = [
  FARGATE_TASK_SIZES_FACT,
  EC2_TASK_CPU_RANGE_FACT,
  FARGATE_EPHEMERAL_STORAGE_FACT,
  SCHEDULE_FORMATS_FACT,
  SCHEDULE_TIME_ZONE_FACT,
  STRATEGY_LIMITS_FACT,
  STRATEGY_NO_MIXING_FACT,
  ROLLING_DEFAULTS_FACT,
  ROLLING_ROUNDING_FACT,
  BREAKER_THRESHOLD_FACT,
  CONTAINER_HEALTH_CHECK_FACT,
  TARGET_GROUP_HEALTH_CHECK_FACT,
  NO_HEALTH_CHECK_FACT,
  STOP_TIMEOUT_FACT,
  CODEDEPLOY_CONFIGS_FACT,
  CODEDEPLOY_TERMINATION_WAIT_FACT,
  ECS_STRATEGIES_FACT,
  ECS_QUOTAS_FACT,
  ...PRICE_FACTS,
].map(ledgerEntry);
