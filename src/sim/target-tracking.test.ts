import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimInputError } from './errors.ts';
import { targetTrackingDesiredCount } from './target-tracking.ts';

const tt = (current: number, metricValue: number | null, extra: object = {}): number =>
  targetTrackingDesiredCount({
    current,
    metricValue,
    targetValue: 50,
    minCapacity: 1,
    maxCapacity: 20,
    ...extra,
  });

describe('targetTrackingDesiredCount', () => {
  it('scales out proportionally: 4 tasks at 90 % for target 50 → 8', () => expect(tt(4, 90)).toBe(8));
  it('scales in only when the metric stays at or below target: 10 at 45 % → 9', () =>
    expect(tt(10, 45)).toBe(9));
  it('does not scale in when removing one task would exceed target: 2 at 30 % → 2', () =>
    expect(tt(2, 30)).toBe(2));
  it('clamps to max and min', () => {
    expect(tt(10, 100)).toBe(20);
    expect(tt(3, 1)).toBe(1);
  });
  it('no data: keeps the current count', () => expect(tt(5, null)).toBe(5));
  it('from zero tasks with demand: one task', () => expect(tt(0, 10, { minCapacity: 0 })).toBe(1));
  it('disableScaleIn never lowers', () => expect(tt(10, 5, { disableScaleIn: true })).toBe(10));
  it('rejects min above max and bad numbers', () => {
    expect(() => tt(1, 50, { minCapacity: 5, maxCapacity: 2 })).toThrow(SimInputError);
    expect(() => tt(1.5, 50)).toThrow(/current/);
    expect(() => tt(1, Number.NaN)).toThrow(/metricValue/);
  });
  // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html: a desired
  // count below the minimum scales out "up to the minimum capacity value and then continues to scale
  // out as required"; "a scale-in activity does not adjust the desired count, because it is already
  // below the minimum capacity value". Above the maximum it is the mirror image.
  describe('desired count outside min..max (ECS service auto scaling page)', () => {
    const range = { minCapacity: 3, maxCapacity: 10 };
    it('below the minimum a scale-out goes to at least the minimum: 1 at 90 % → 3, not 2', () =>
      expect(tt(1, 90, range)).toBe(3));
    it('below the minimum a large scale-out continues past it: 2 at 100 % for target 25 → 8', () =>
      expect(tt(2, 100, { ...range, targetValue: 25 })).toBe(8));
    it('below the minimum a scale-in changes nothing: 2 at 10 % → 2', () => expect(tt(2, 10, range)).toBe(2));
    it('above the maximum a scale-in goes to at most the maximum: 15 at 40 % → 10, not 12', () =>
      expect(tt(15, 40, range)).toBe(10));
    it('above the maximum a scale-out changes nothing: 15 at 90 % → 15', () =>
      expect(tt(15, 90, range)).toBe(15));
    it('insufficient data never moves the count, even outside the range', () => {
      expect(tt(1, null, range)).toBe(1);
      expect(tt(15, null, range)).toBe(15);
    });
  });
  it('never scales in while the metric is above target, never out while below', () => {
    expect(tt(10, 51)).toBeGreaterThanOrEqual(10);
    expect(tt(10, 49)).toBeLessThanOrEqual(10);
  });
  it('property: once inside min..max it stays inside; outside it only moves toward the range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 500 }),
        (current, metric, target, lo, span) => {
          const min = lo;
          const max = lo + span;
          const n = targetTrackingDesiredCount({
            current,
            metricValue: metric,
            targetValue: target,
            minCapacity: min,
            maxCapacity: max,
          });
          if (current >= min && current <= max) {
            expect(n).toBeGreaterThanOrEqual(min);
            expect(n).toBeLessThanOrEqual(max);
          }
          if (current < min) expect(n).toBeGreaterThanOrEqual(current);
          if (current > max) expect(n).toBeLessThanOrEqual(current);
          if (n < current && n > min && n < max)
            expect((current * metric) / n).toBeLessThanOrEqual(target * (1 + 1e-6));
          if (n < current) expect(metric).toBeLessThan(target);
        },
      ),
    );
  });
});
