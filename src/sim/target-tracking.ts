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
  /** If true the result is never below `current` (unless above max). */
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
 * The task count a target tracking policy asks for: ceil(current × metric ÷ target), clamped to
 * min..max. Scale-out is proportional; scale-in only happens when that smaller count keeps the
 * predicted metric at or below the target, so removing capacity never pushes the metric over it
 * (assumption `tt-formula`; AWS does not publish the exact formula). With no data it keeps the
 * current count; at 0 tasks with a metric above 0 it scales out by one task.
 * @see https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
 */
export function targetTrackingDesiredCount(input: TargetTrackingInput): number {
  const current = requireInteger(input.current, 'current', 0, MAX_CAPACITY);
  const target = requireNumber(input.targetValue, 'targetValue', 1e-9, Number.MAX_VALUE);
  validateCapacityRange(input.minCapacity, input.maxCapacity);
  const disableScaleIn = optionalBoolean(input.disableScaleIn, 'disableScaleIn', false);
  const clamp = (n: number): number => Math.min(input.maxCapacity, Math.max(input.minCapacity, n));
  if (input.metricValue === null) return clamp(current);
  const metric = requireNumber(input.metricValue, 'metricValue', 0, Number.MAX_VALUE);
  if (current === 0) return clamp(metric > 0 ? 1 : 0);
  // The epsilon keeps exact products (e.g. 10 × 45 / 50 = 9) from rounding up through float noise.
  const wanted = Math.ceil((current * metric) / target - 1e-9);
  const proposal = disableScaleIn ? Math.max(current, wanted) : wanted;
  return clamp(proposal);
}
