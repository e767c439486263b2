import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundPercentChange, simulateAutoScaling, type AutoScalingOptions } from './auto-scaling.ts';
import { civilToUtc } from './civil-time.ts';
import { SimInputError } from './errors.ts';
import { dailyCycleLoad, spikeLoad, steadyLoad } from './load-curves.ts';

const tt50 = { type: 'TargetTracking' as const, targetValue: 50 };

describe('load curves', () => {
  it('daily cycle reaches the day level at 9:00 local time', () => {
    const f = dailyCycleLoad({ night: 2, day: 12, utcOffsetMinutes: 540 });
    const jst = (h: number, m = 0): number => ((h - 9) * 60 + m) * 60_000;
    expect(f(jst(7))).toBe(2);
    expect(f(jst(8, 30))).toBe(7);
    expect(f(jst(9))).toBe(12);
    expect(f(jst(23))).toBe(2);
  });
  it('spike is a rectangle', () => {
    const f = spikeLoad({ base: 1, peak: 5, startMinute: 10, durationMinutes: 5 });
    expect([f(9 * 60_000), f(10 * 60_000), f(15 * 60_000)]).toEqual([1, 5, 1]);
  });
});

describe('roundPercentChange (documented examples)', () => {
  it.each([
    [12.7, 12],
    [0.5, 1],
    [-0.5, -1],
    [-6.67, -6],
  ])('%d → %d', (x, y) => expect(roundPercentChange(x)).toBe(y));
});

describe('simulateAutoScaling', () => {
  it('steady load at target does not scale', () => {
    const r = simulateAutoScaling({
      load: steadyLoad(2),
      initialTasks: 4,
      minCapacity: 1,
      maxCapacity: 10,
      policies: [tt50],
    });
    expect(r.events).toEqual([]);
    expect(r.points).toHaveLength(1440);
  });
  it('pinned: spike with target tracking 60 %', () => {
    const r = simulateAutoScaling({
      load: spikeLoad({ base: 2, peak: 10, startMinute: 30, durationMinutes: 60 }),
      durationMinutes: 180,
      initialTasks: 4,
      minCapacity: 1,
      maxCapacity: 30,
      policies: [{ type: 'TargetTracking', targetValue: 60 }],
    });
    expect(r.events.map((e) => [e.time / 60_000, e.message])).toEqual([
      [32, 'Scale out from 4 to 7 tasks (policy-1).'],
      [35, 'Scale out from 7 to 12 tasks (policy-1).'],
      [38, 'Scale out from 12 to 17 tasks (policy-1).'],
      [104, 'Scale in from 17 to 4 tasks.'],
    ]);
    expect(r.points[33]).toMatchObject({ desired: 7, running: 7, pending: 0 });
    expect(r.points[32]).toMatchObject({ desired: 7, running: 4, pending: 3 });
  });
  it('disableScaleIn keeps capacity after the spike', () => {
    const r = simulateAutoScaling({
      load: spikeLoad({ base: 2, peak: 10, startMinute: 30, durationMinutes: 60 }),
      durationMinutes: 180,
      initialTasks: 4,
      minCapacity: 1,
      maxCapacity: 30,
      policies: [{ ...tt50, disableScaleIn: true }],
    });
    expect(r.events.some((e) => e.message.startsWith('Scale in'))).toBe(false);
  });
  it('scale in needs every policy; a second policy with a low target blocks it', () => {
    const base: AutoScalingOptions = {
      load: spikeLoad({ base: 2, peak: 10, startMinute: 10, durationMinutes: 30 }),
      durationMinutes: 120,
      initialTasks: 4,
      minCapacity: 1,
      maxCapacity: 30,
      policies: [tt50],
    };
    const both = simulateAutoScaling({
      ...base,
      policies: [tt50, { type: 'TargetTracking', targetValue: 5 }],
    });
    expect(both.points.at(-1)?.desired).toBe(30);
  });
  it('step scaling adds by step', () => {
    const r = simulateAutoScaling({
      load: steadyLoad(4),
      durationMinutes: 10,
      initialTasks: 4,
      minCapacity: 1,
      maxCapacity: 10,
      policies: [
        {
          type: 'StepScaling',
          adjustmentType: 'ChangeInCapacity',
          threshold: 70,
          comparison: 'GreaterThanOrEqualToThreshold',
          stepAdjustments: [
            { metricIntervalLowerBound: 0, metricIntervalUpperBound: 20, scalingAdjustment: 1 },
            { metricIntervalLowerBound: 20, scalingAdjustment: 3 },
          ],
        },
      ],
    });
    expect(r.events[0]?.message).toBe('Scale out from 4 to 7 tasks (policy-1).');
    expect(r.points.at(-1)?.desired).toBe(7);
  });
  it('scheduled cron in Asia/Tokyo raises the minimum at 08:30 JST', () => {
    const start = civilToUtc({ year: 2026, month: 1, day: 5, hour: 0, minute: 0, second: 0 }); // Monday
    const r = simulateAutoScaling({
      startTime: start - 9 * 3_600_000,
      load: steadyLoad(1),
      initialTasks: 2,
      minCapacity: 2,
      maxCapacity: 20,
      policies: [tt50],
      scheduledActions: [
        { name: 'morning', schedule: 'cron(30 8 ? * MON-FRI *)', timezone: 'Asia/Tokyo', minCapacity: 10 },
      ],
    });
    const at = r.points.findIndex((p) => p.minCapacity === 10);
    expect(at).toBe(8 * 60 + 30);
    expect(r.points[at]?.desired).toBe(10);
  });
  it.each([
    [{ minCapacity: 5, maxCapacity: 2 }, 'minCapacity'],
    [{ initialTasks: -1 }, 'initialTasks'],
    [{ policies: [{ type: 'TargetTracking', targetValue: 0 }] }, 'policies[0].targetValue'],
    [{ load: [1, 2] }, 'load'],
    [
      { scheduledActions: [{ name: 'x', schedule: 'cron(bad)', minCapacity: 1 }] },
      'scheduledActions[0].schedule',
    ],
    [
      { scheduledActions: [{ name: 'x', schedule: 'rate(1 hour)', timezone: 'Nowhere/X', minCapacity: 1 }] },
      'scheduledActions[0].timezone',
    ],
  ])('rejects %j', (extra, field) => {
    try {
      simulateAutoScaling({
        load: steadyLoad(1),
        initialTasks: 2,
        minCapacity: 1,
        maxCapacity: 5,
        policies: [tt50],
        ...(extra as object),
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SimInputError);
      expect((e as SimInputError).field).toBe(field);
    }
  });
  it('property: desired always within the active min..max, running never above desired', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 120, maxLength: 120 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 5, max: 30 }),
        fc.integer({ min: 10, max: 90 }),
        (load, min, max, target) => {
          const r = simulateAutoScaling({
            load,
            durationMinutes: 120,
            initialTasks: min,
            minCapacity: min,
            maxCapacity: max,
            policies: [{ type: 'TargetTracking', targetValue: target }],
          });
          for (const p of r.points) {
            expect(p.desired).toBeGreaterThanOrEqual(p.minCapacity);
            expect(p.desired).toBeLessThanOrEqual(p.maxCapacity);
            expect(p.running).toBeLessThanOrEqual(p.desired);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
