// Fargate billing rule. Source: https://aws.amazon.com/fargate/pricing/ (checked 2026-12-06):
// vCPU and memory are billed from the start of the image pull until the task terminates,
// rounded up to the nearest second, with a one-minute minimum.

/** Shortest time a Fargate task is billed for, in seconds (the one-minute minimum). */
export const FARGATE_MINIMUM_BILLED_SECONDS = 60;

/** Seconds billed for one Fargate task that ran `seconds`: rounded up to the second, at least one minute. */
export function fargateBilledSeconds(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('seconds must be a finite number ≥ 0.');
  return Math.max(FARGATE_MINIMUM_BILLED_SECONDS, Math.ceil(seconds));
}
