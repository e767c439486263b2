/**
 * The fact ledger: every fact of src/aws with what it says, its sources and the date it was last
 * checked, for the pages that list them and for `npm run facts`. Pages and scripts import this
 * module; the simulator and the widgets do not, so the descriptions never reach the browser.
 */
import { STRATEGY_LIMITS_FACT, STRATEGY_NO_MIXING_FACT } from './capacity-provider-strategy.ts';
import { BREAKER_THRESHOLD_FACT } from './circuit-breaker.ts';
import {
  CODEDEPLOY_CONFIGS_FACT,
  CODEDEPLOY_LIFECYCLE_FACT,
  CODEDEPLOY_TERMINATION_WAIT_FACT,
  ECS_LIFECYCLE_FACT,
  ECS_STRATEGIES_FACT,
} from './deployment-configurations.ts';
import { ledgerEntry, type FactEntry, type FactSource } from './fact.ts';
import { FACT_TEXT } from './fact-text.ts';
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

/** Every fact in the order the pages list them. */
export const FACT_SOURCES: readonly FactSource[] = [
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
  CODEDEPLOY_LIFECYCLE_FACT,
  ECS_STRATEGIES_FACT,
  ECS_LIFECYCLE_FACT,
  ECS_QUOTAS_FACT,
  ...PRICE_FACTS,
];

/** The ledger: every fact with its description, sources and checked date (no values). */
export const FACTS: readonly FactEntry[] = FACT_SOURCES.map((f) => {
  const text = FACT_TEXT[f.id];
  if (text === undefined) throw new Error(`fact ${f.id} has no description in fact-text.ts`);
  return ledgerEntry(f, text);
});
