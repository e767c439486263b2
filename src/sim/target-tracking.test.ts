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
  it('property: result within min..max, and a scale-in keeps the predicted metric ≤ target', () => {
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
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(max);
          if (n < current && n > min && n < max)
            expect((current * metric) / n).toBeLessThanOrEqual(target * (1 + 1e-6));
        },
      ),
    );
  });
});
