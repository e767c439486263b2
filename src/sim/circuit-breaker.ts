import {
  BREAKER_MAX_THRESHOLD,
  BREAKER_MIN_THRESHOLD,
  DEFAULT_THRESHOLD_CONFIGURATION,
  breakerThreshold,
  type ThresholdConfiguration,
  type ThresholdType,
} from '../aws/index.ts';
import { SimInputError } from './errors.ts';
import { MAX_DESIRED_COUNT } from './deployment-limits.ts';
import { requireInteger, requireObject, requireOneOf } from './validate.ts';

// AWS reference: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentCircuitBreaker.html
// and https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html

export { BREAKER_MAX_THRESHOLD, BREAKER_MIN_THRESHOLD, type ThresholdConfiguration, type ThresholdType };

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
  return breakerThreshold(
    desiredCount,
    thresholdConfiguration === undefined
      ? DEFAULT_THRESHOLD_CONFIGURATION
      : validateThresholdConfiguration(thresholdConfiguration),
  );
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
