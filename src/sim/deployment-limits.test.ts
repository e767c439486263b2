import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploymentLimits } from './deployment-limits.ts';
import { SimInputError } from './errors.ts';

describe('deploymentLimits: AWS examples', () => {
  it('desired 4, min 50 % → may stop 2 first', () => {
    const l = deploymentLimits(4, 50, 200);
    expect(l.minHealthy).toBe(2);
    expect(l.canStopFirst).toBe(2);
  });
  it('desired 2, min 75 % → 1.5 rounds up to 2, nothing stops first', () => {
    expect(deploymentLimits(2, 75, 200)).toMatchObject({ minHealthy: 2, canStopFirst: 0 });
  });
  it('desired 4, max 200 % → may start 4 first', () => {
    expect(deploymentLimits(4, 100, 200)).toMatchObject({ maxRunning: 8, canStartFirst: 4 });
  });
  it('desired 3, max 125 % → 3.75 rounds down to 3, nothing extra starts', () => {
    expect(deploymentLimits(3, 50, 125)).toMatchObject({ maxRunning: 3, canStartFirst: 0, stuck: false });
  });
  it('desired 1 at 100/200: start one, then stop one', () => {
    expect(deploymentLimits(1, 100, 200)).toEqual({
      minHealthy: 1,
      maxRunning: 2,
      canStopFirst: 0,
      canStartFirst: 1,
      stuck: false,
    });
  });
  it('desired 1 at min 0 can stop first (downtime possible)', () => {
    expect(deploymentLimits(1, 0, 100)).toMatchObject({ minHealthy: 0, canStopFirst: 1 });
  });
  it('100/100 is stuck; desired 3 at 100/125 is stuck', () => {
    expect(deploymentLimits(1, 100, 100).stuck).toBe(true);
    expect(deploymentLimits(3, 100, 125).stuck).toBe(true);
    expect(deploymentLimits(0, 100, 100).stuck).toBe(false);
  });
  it.each([
    [[-1, 100, 200], 'desiredCount'],
    [[2.5, 100, 200], 'desiredCount'],
    [[4, 101, 200], 'minimumHealthyPercent'],
    [[4, Number.NaN, 200], 'minimumHealthyPercent'],
    [[4, 100, 99], 'maximumPercent'],
  ] as const)('rejects %j', (args, field) => {
    expect(() => deploymentLimits(args[0], args[1], args[2])).toThrow(SimInputError);
    try {
      deploymentLimits(args[0], args[1], args[2]);
    } catch (e) {
      expect((e as SimInputError).field).toBe(field);
    }
  });
  it('property: min rounds up, max rounds down', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 100, max: 400 }),
        (d, lo, hi) => {
          const l = deploymentLimits(d, lo, hi);
          expect(l.minHealthy * 100).toBeGreaterThanOrEqual(d * lo);
          expect((l.minHealthy - 1) * 100).toBeLessThan(d * lo);
          expect(l.maxRunning * 100).toBeLessThanOrEqual(d * hi);
          expect((l.maxRunning + 1) * 100).toBeGreaterThan(d * hi);
        },
      ),
    );
  });
});
