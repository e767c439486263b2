import { SimInputError } from './errors.ts';
import { MAX_DESIRED_COUNT } from './deployment-limits.ts';
import { requireInteger, requireObject, requireOneOf } from './validate.ts';

// AWS reference: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentCircuitBreaker.html
// and https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html

/** How the failure threshold is computed (`thresholdConfiguration.type`). */
export type ThresholdType = 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT' | 'COUNT';

/** The configurable threshold of the deployment circuit breaker (since 2026-07). */
export interface ThresholdConfiguration {
  /** `BOUNDED_PERCENT` (default), `UNBOUNDED_PERCENT` or `COUNT`. */
  type: ThresholdType;
  /** Percent of the desired count for the percent types (default 50), or the count itself. */
  value: number;
}

/** Lower clamp of the default threshold since 2024-01-08 (it was 10 before). */
export const BREAKER_MIN_THRESHOLD = 3;
/** Upper clamp of the default threshold. */
export const BREAKER_MAX_THRESHOLD = 200;

/**
 * Failed tasks that make a deployment FAILED. Default (`BOUNDED_PERCENT`, 50): half the desired
 * count rounded up, clamped to 3–200. `UNBOUNDED_PERCENT` skips the clamp (our model keeps it at
 * least 1: assumption `breaker-config-bounds`); `COUNT` uses the value as the threshold.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentCircuitBreaker.html
 * @example circuitBreakerThreshold(25) // 13
 */
export function circuitBreakerThreshold(
  desiredCount: number,
  thresholdConfiguration?: ThresholdConfiguration,
): number {
  requireInteger(desiredCount, 'desiredCount', 0, MAX_DESIRED_COUNT);
  const config =
    thresholdConfiguration === undefined
      ? { type: 'BOUNDED_PERCENT' as const, value: 50 }
      : validateThresholdConfiguration(thresholdConfiguration);
  if (config.type === 'COUNT') return config.value;
  const raw = Math.floor((desiredCount * config.value + 99) / 100);
  if (config.type === 'UNBOUNDED_PERCENT') return Math.max(1, raw);
  return Math.min(BREAKER_MAX_THRESHOLD, Math.max(BREAKER_MIN_THRESHOLD, raw));
}

/** Validates a threshold configuration (percent 1–100, count 1–100,000; assumption `breaker-config-bounds`). */
export function validateThresholdConfiguration(config: ThresholdConfiguration): ThresholdConfiguration {
  requireObject(config, 'thresholdConfiguration');
  const type = requireOneOf(config.type, 'thresholdConfiguration.type', [
    'BOUNDED_PERCENT',
    'UNBOUNDED_PERCENT',
    'COUNT',
  ] as const);
  if (config.value === undefined) {
    throw new SimInputError(
      'INVALID_VALUE',
      'thresholdConfiguration.value',
      'thresholdConfiguration.value is required.',
    );
  }
  const value =
    type === 'COUNT'
      ? requireInteger(config.value, 'thresholdConfiguration.value', 1, MAX_DESIRED_COUNT)
      : requireInteger(config.value, 'thresholdConfiguration.value', 1, 100);
  return { type, value };
}
