import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circuitBreakerThreshold } from './circuit-breaker.ts';
import { SimInputError } from './errors.ts';

describe('circuitBreakerThreshold', () => {
  it.each([
    [1, 3],
    [3, 3],
    [6, 3],
    [7, 4],
    [10, 5],
    [25, 13],
    [399, 200],
    [400, 200],
    [800, 200],
  ])('default rule: desired %i → %i', (d, t) => {
    expect(circuitBreakerThreshold(d)).toBe(t);
  });
  it('BOUNDED_PERCENT with another value still clamps', () => {
    expect(circuitBreakerThreshold(10, { type: 'BOUNDED_PERCENT', value: 10 })).toBe(3);
    expect(circuitBreakerThreshold(1000, { type: 'BOUNDED_PERCENT', value: 100 })).toBe(200);
  });
  it('UNBOUNDED_PERCENT does not clamp', () => {
    expect(circuitBreakerThreshold(1000, { type: 'UNBOUNDED_PERCENT', value: 50 })).toBe(500);
    expect(circuitBreakerThreshold(2, { type: 'UNBOUNDED_PERCENT', value: 50 })).toBe(1);
  });
  it('COUNT is the value itself', () => {
    expect(circuitBreakerThreshold(400, { type: 'COUNT', value: 7 })).toBe(7);
  });
  it('rejects bad input', () => {
    expect(() => circuitBreakerThreshold(-1)).toThrow(SimInputError);
    expect(() => circuitBreakerThreshold(4, { type: 'COUNT', value: 0 })).toThrow(
      /thresholdConfiguration.value/,
    );
    expect(() => circuitBreakerThreshold(4, { type: 'PERCENT' as 'COUNT', value: 5 })).toThrow(/type/);
  });
  it('property: default is within 3..200 and at least half the desired count when unclamped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (d) => {
        const t = circuitBreakerThreshold(d);
        expect(t).toBeGreaterThanOrEqual(3);
        expect(t).toBeLessThanOrEqual(200);
        if (t > 3 && t < 200) expect(t).toBe(Math.ceil(d / 2));
      }),
    );
  });
});
