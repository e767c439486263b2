import { SimInputError } from './errors.ts';
import { optionalBoolean, requireInteger, requireNumber } from './validate.ts';

// AWS reference: https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
// and https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-autoscaling-targettracking.html

/** Largest capacity accepted (the default tasks-per-service quota is 5,000). */
export const MAX_CAPACITY = 100_000;

/** Input of {@link targetTrackingDesiredCount}. */
export interface TargetTrackingInput {
  /** Running tasks (calculations start from the running count). */
  current: number;
  /** Current metric value, or null when there is not enough data (no scaling then). */
  metricValue: number | null;
  targetValue: number;
  minCapacity: number;
  maxCapacity: number;
  /** If true the result is never below `current`. */
  disableScaleIn?: boolean;
}

/** Validates a min/max capacity pair. */
export function validateCapacityRange(minCapacity: number, maxCapacity: number): void {
  requireInteger(minCapacity, 'minCapacity', 0, MAX_CAPACITY);
  requireInteger(maxCapacity, 'maxCapacity', 0, MAX_CAPACITY);
  if (minCapacity > maxCapacity) {
    throw new SimInputError(
      'OUT_OF_RANGE',
      'minCapacity',
      `minCapacity (${minCapacity}) must not exceed maxCapacity (${maxCapacity}).`,
    );
  }
}

/**
 * The task count a target tracking policy asks for: ceil(current × metric ÷ target). It scales out
 * only when the metric is above the target and in only when it is below and the smaller count
 * keeps the predicted metric at or below the target (assumption `tt-formula`; AWS does not publish
 * the exact formula). The result respects min..max as the ECS service auto scaling page describes:
 * a count below the minimum scales out to at least the minimum and is never scaled in, a count
 * above the maximum scales in to at most the maximum and is never scaled out. With insufficient
 * data (`null`) nothing scales; at 0 tasks with a metric above 0 it scales out by one task.
 * @see https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html
 */
export function targetTrackingDesiredCount(input: TargetTrackingInput): number {
  const current = requireInteger(input.current, 'current', 0, MAX_CAPACITY);
  const target = requireNumber(input.targetValue, 'targetValue', 1e-9, Number.MAX_VALUE);
  validateCapacityRange(input.minCapacity, input.maxCapacity);
  const { minCapacity: min, maxCapacity: max } = input;
  const disableScaleIn = optionalBoolean(input.disableScaleIn, 'disableScaleIn', false);
  if (input.metricValue === null) return current;
  const metric = requireNumber(input.metricValue, 'metricValue', 0, Number.MAX_VALUE);
  // The epsilon keeps exact products (e.g. 10 × 45 / 50 = 9) from rounding up through float noise.
  const wanted = current === 0 ? (metric > 0 ? 1 : 0) : Math.ceil((current * metric) / target - 1e-9);
  const out = wanted > current && (current === 0 || metric > target);
  if (out) return current >= max ? current : Math.min(max, Math.max(min, wanted));
  const scaleIn = wanted < current && metric < target && !disableScaleIn;
  if (scaleIn) return current <= min ? current : Math.max(min, Math.min(max, wanted));
  return current;
}
