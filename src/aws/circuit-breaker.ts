/** The deployment circuit breaker's failure threshold and its configurable forms (2026). */
import { fact } from './fact.ts';

/** How the failure threshold is computed (`thresholdConfiguration.type`). */
export type ThresholdType = 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT' | 'COUNT';

/** The configurable threshold of the deployment circuit breaker. */
export interface ThresholdConfiguration {
  /** `BOUNDED_PERCENT` (default), `UNBOUNDED_PERCENT` or `COUNT`. */
  type: ThresholdType;
  /** Percent of the desired count for the percent types (default 50), or the count itself. */
  value: number;
}

/**
 * The threshold rule: half the desired count rounded up, clamped to 3–200 (the floor was 10 until
 * 2024-01-08); since 2026-07 `thresholdConfiguration` can change the percent, drop the clamp or
 * give a count.
 */
export const BREAKER_THRESHOLD_FACT = /* @__PURE__ */ fact<{
  min: number;
  max: number;
  defaultType: ThresholdType;
  defaultPercent: number;
}>({
  id: 'circuit-breaker-threshold',
  sources: [
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentCircuitBreaker.html',
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html',
    'https://aws.amazon.com/about-aws/whats-new/2024/01/amazon-ecs-deployment-monitoring-responsiveness-services/',
    'https://aws.amazon.com/about-aws/whats-new/2026/07/amazon-ecs-circuit-breaker-settings/',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { min: 3, max: 200, defaultType: 'BOUNDED_PERCENT', defaultPercent: 50 },
});

/** Lower clamp of the default threshold. */
export const BREAKER_MIN_THRESHOLD = BREAKER_THRESHOLD_FACT.value.min;
/** Upper clamp of the default threshold. */
export const BREAKER_MAX_THRESHOLD = BREAKER_THRESHOLD_FACT.value.max;
/** The default threshold configuration. */
export const DEFAULT_THRESHOLD_CONFIGURATION: ThresholdConfiguration = {
  type: BREAKER_THRESHOLD_FACT.value.defaultType,
  value: BREAKER_THRESHOLD_FACT.value.defaultPercent,
};

/**
 * Failed tasks that make a deployment FAILED, for a whole desired count and a valid configuration.
 * `UNBOUNDED_PERCENT` is kept at 1 or more: a threshold of 0 would fail before any task starts
 * (our model's assumption `breaker-config-bounds`).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentCircuitBreaker.html
 */
export function breakerThreshold(
  desiredCount: number,
  config: ThresholdConfiguration = DEFAULT_THRESHOLD_CONFIGURATION,
): number {
  if (config.type === 'COUNT') return config.value;
  const raw = Math.floor((desiredCount * config.value + 99) / 100);
  if (config.type === 'UNBOUNDED_PERCENT') return Math.max(1, raw);
  return Math.min(BREAKER_MAX_THRESHOLD, Math.max(BREAKER_MIN_THRESHOLD, raw));
}
