import { describe, expect, it } from 'vitest';
import { FARGATE_MINIMUM_BILLED_SECONDS, fargateBilledSeconds } from './fargate-billing.ts';

// https://aws.amazon.com/fargate/pricing/: billed "rounded up to the nearest second with a
// 1-minute minimum".
describe('fargateBilledSeconds', () => {
  it('bills at least one minute', () => {
    expect(FARGATE_MINIMUM_BILLED_SECONDS).toBe(60);
    expect([0, 1, 20, 59.1, 60].map(fargateBilledSeconds)).toEqual([60, 60, 60, 60, 60]);
  });
  it('rounds up to the next whole second above the minimum', () => {
    expect([60.2, 61, 90.5, 3600].map(fargateBilledSeconds)).toEqual([61, 61, 91, 3600]);
  });
  it('refuses negative or non-finite durations', () => {
    expect(() => fargateBilledSeconds(-1)).toThrow(RangeError);
    expect(() => fargateBilledSeconds(Number.NaN)).toThrow(RangeError);
  });
});
