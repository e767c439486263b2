import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateAutoScaling, type ScalingPolicy, type StepScalingPolicy } from './auto-scaling.ts';
import { SimInputError } from './errors.ts';
import { steadyLoad } from './load-curves.ts';

const minutes = (r: { events: { time: number; message: string }[] }): [number, string][] =>
  r.events.map((e) => [e.time / 60_000, e.message]);

/** Load (busy tasks) holding each value for the given number of minutes. */
function phases(...parts: [load: number, minutes: number][]): number[] {
  return parts.flatMap(([load, n]) => Array.from({ length: n }, () => load));
}

// https://docs.aws.amazon.com/autoscaling/application/userguide/step-scaling-policy-overview.html
// The guide's example: capacity 10, kept while the metric is between 40 and 60; one scale-out
// policy (+10 % from 60, +30 % from 70) and one scale-in policy (−10 % from 40, −30 % from 30),
// PercentChangeInCapacity. It walks 10 → 11 → 14 → 13 → 10.
const scaleOutPolicy: StepScalingPolicy = {
  type: 'StepScaling',
  name: 'scale-out',
  adjustmentType: 'PercentChangeInCapacity',
  threshold: 50,
  comparison: 'GreaterThanOrEqualToThreshold',
  stepAdjustments: [
    { metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: 0 },
    { metricIntervalLowerBound: 10, metricIntervalUpperBound: 20, scalingAdjustment: 10 },
    { metricIntervalLowerBound: 20, scalingAdjustment: 30 },
  ],
};
const scaleInPolicy: StepScalingPolicy = {
  type: 'StepScaling',
  name: 'scale-in',
  adjustmentType: 'PercentChangeInCapacity',
  threshold: 50,
  comparison: 'LessThanOrEqualToThreshold',
  stepAdjustments: [
    { metricIntervalLowerBound: -10, metricIntervalUpperBound: 0, scalingAdjustment: 0 },
    { metricIntervalLowerBound: -20, metricIntervalUpperBound: -10, scalingAdjustment: -10 },
    { metricIntervalUpperBound: -20, scalingAdjustment: -30 },
  ],
};

describe('step scaling: the documented example', () => {
  it('pinned: separate scale-out and scale-in policies walk 10 → 11 → 14 → 13 → 10', () => {
    const r = simulateAutoScaling({
      // Metric 50 %, then 60 % on 10 tasks, 73 % on 11, 39 % on 14, 27 % on 13, 50 % on 10.
      load: phases([5, 5], [6, 10], [8, 10], [5.5, 10], [3.5, 1], [5, 9]),
      durationMinutes: 45,
      taskStartSeconds: 0,
      initialTasks: 10,
      minCapacity: 1,
      maxCapacity: 30,
      policies: [scaleOutPolicy, scaleInPolicy],
    });
    expect(minutes(r)).toEqual([
      [5, 'Scale out from 10 to 11 tasks (scale-out).'],
      [15, 'Scale out from 11 to 14 tasks (scale-out).'],
      [25, 'Scale in from 14 to 13 tasks (scale-in).'],
      [35, 'Scale in from 13 to 10 tasks (scale-in).'],
    ]);
    expect(r.points.at(-1)?.desired).toBe(10);
  });

  // Same page: "if the step scaling policy initiates a scale-in activity before the target tracking
  // policy is ready to scale in, the scale-in activity will not be blocked."
  it('a step scale-in is not blocked by a target tracking policy that is not ready', () => {
    const r = simulateAutoScaling({
      load: steadyLoad(1),
      durationMinutes: 3,
      initialTasks: 10,
      minCapacity: 1,
      maxCapacity: 20,
      policies: [
        { type: 'TargetTracking', targetValue: 50 },
        {
          ...scaleInPolicy,
          adjustmentType: 'ChangeInCapacity',
          threshold: 20,
          stepAdjustments: [{ metricIntervalUpperBound: 0, scalingAdjustment: -1 }],
        },
      ],
    });
    expect(minutes(r)[0]).toEqual([0, 'Scale in from 10 to 9 tasks (scale-in).']);
  });

  // Same page: "With scale-in policies … scale-in activities are blocked until the cooldown period
  // has expired." A −1 policy with the default 300 s cooldown removes one task every five minutes.
  it('a step scale-in waits for its cooldown (default 300 s)', () => {
    const r = simulateAutoScaling({
      load: steadyLoad(0.5),
      durationMinutes: 21,
      initialTasks: 10,
      minCapacity: 1,
      maxCapacity: 20,
      policies: [
        {
          type: 'StepScaling',
          name: 'minus-one',
          adjustmentType: 'ChangeInCapacity',
          threshold: 30,
          comparison: 'LessThanOrEqualToThreshold',
          stepAdjustments: [{ metricIntervalUpperBound: 0, scalingAdjustment: -1 }],
        },
      ],
    });
    expect(r.events.map((e) => e.time / 60_000)).toEqual([0, 5, 10, 15, 20]);
    expect(r.points.at(-1)?.desired).toBe(5);
  });
});

// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html: below the
// minimum a scale-out goes "up to the minimum capacity value and then continues"; above the
// maximum a scale-in goes down to the maximum.
describe('desired count outside min..max', () => {
  const tt50: ScalingPolicy = { type: 'TargetTracking', targetValue: 50 };
  it('below the minimum: 1 → 3 (the minimum), not 1 → 2', () => {
    const r = simulateAutoScaling({
      load: steadyLoad(0.9),
      durationMinutes: 5,
      initialTasks: 1,
      minCapacity: 3,
      maxCapacity: 10,
      policies: [tt50],
    });
    expect(minutes(r)).toEqual([[2, 'Scale out from 1 to 3 tasks (policy-1).']]);
  });
  it('above the maximum: 15 → 10 (the maximum), not 15 → 12', () => {
    const r = simulateAutoScaling({
      load: steadyLoad(6),
      durationMinutes: 20,
      initialTasks: 15,
      minCapacity: 3,
      maxCapacity: 10,
      policies: [tt50],
    });
    expect(minutes(r)).toEqual([[14, 'Scale in from 15 to 10 tasks.']]);
  });
});

// https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-policy-overview.html:
// "you must include both sizes to ensure that the new minimum capacity is not higher than the
// maximum capacity".
describe('scheduled action whose minimum crosses the maximum', () => {
  const base = {
    load: steadyLoad(1),
    durationMinutes: 120,
    initialTasks: 2,
    minCapacity: 2,
    maxCapacity: 5,
    policies: [] as ScalingPolicy[],
  };
  it('a new minimum above the current maximum alone is refused; min and max stay', () => {
    const r = simulateAutoScaling({
      ...base,
      scheduledActions: [{ name: 'peak', schedule: 'rate(1 hour)', minCapacity: 8 }],
    });
    expect(minutes(r)).toEqual([
      [60, 'Scheduled action peak refused: minimum 8 would exceed maximum 5; set both sizes.'],
    ]);
    expect(r.points.at(-1)).toMatchObject({ minCapacity: 2, maxCapacity: 5, desired: 2 });
  });
  it('with both sizes set it applies', () => {
    const r = simulateAutoScaling({
      ...base,
      scheduledActions: [{ name: 'peak', schedule: 'rate(1 hour)', minCapacity: 8, maxCapacity: 12 }],
    });
    expect(r.points.at(-1)).toMatchObject({ minCapacity: 8, maxCapacity: 12, desired: 8 });
  });
  it('an action whose own minimum exceeds its own maximum is rejected as input', () => {
    expect(() =>
      simulateAutoScaling({
        ...base,
        scheduledActions: [{ name: 'x', schedule: 'rate(1 hour)', minCapacity: 9, maxCapacity: 4 }],
      }),
    ).toThrow(SimInputError);
  });
});

const stepIn = fc.record({
  type: fc.constant('StepScaling' as const),
  adjustmentType: fc.constantFrom('ChangeInCapacity' as const, 'PercentChangeInCapacity' as const),
  threshold: fc.integer({ min: 5, max: 60 }),
  comparison: fc.constant('LessThanOrEqualToThreshold' as const),
  stepAdjustments: fc
    .integer({ min: -50, max: -1 })
    .map((a) => [{ metricIntervalUpperBound: 0, scalingAdjustment: a }]),
  cooldownSeconds: fc.integer({ min: 0, max: 10 }).map((n) => n * 60),
});
const stepOut = fc.record({
  type: fc.constant('StepScaling' as const),
  adjustmentType: fc.constantFrom('ChangeInCapacity' as const, 'PercentChangeInCapacity' as const),
  threshold: fc.integer({ min: 40, max: 95 }),
  comparison: fc.constant('GreaterThanOrEqualToThreshold' as const),
  stepAdjustments: fc
    .integer({ min: 1, max: 50 })
    .map((a) => [{ metricIntervalLowerBound: 0, scalingAdjustment: a }]),
  cooldownSeconds: fc.integer({ min: 0, max: 10 }).map((n) => n * 60),
});
const tracking = fc.record({
  type: fc.constant('TargetTracking' as const),
  targetValue: fc.integer({ min: 10, max: 90 }),
  disableScaleIn: fc.boolean(),
  scaleInCooldownSeconds: fc.integer({ min: 0, max: 10 }).map((n) => n * 60),
  scaleOutCooldownSeconds: fc.integer({ min: 0, max: 10 }).map((n) => n * 60),
  scaleInDatapoints: fc.integer({ min: 1, max: 15 }),
});
const loadCurve = fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 120, maxLength: 120 });

describe('properties over random policies and load curves', () => {
  it('desired never leaves min..max once inside; no step scale-in inside its own cooldown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(tracking, stepIn, stepOut), { minLength: 1, maxLength: 4 }),
        loadCurve,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 180 }),
        (raw, load, min, span, initialTasks, taskStartSeconds) => {
          const policies = raw.map((p, i) => ({ ...p, name: `p${i}` }));
          const r = simulateAutoScaling({
            load,
            durationMinutes: 120,
            initialTasks,
            minCapacity: min,
            maxCapacity: min + span,
            policies,
            taskStartSeconds,
          });
          let inside = false;
          for (const p of r.points) {
            inside ||= p.desired >= min && p.desired <= min + span;
            if (inside) {
              expect(p.desired).toBeGreaterThanOrEqual(min);
              expect(p.desired).toBeLessThanOrEqual(min + span);
            }
            expect(p.running).toBeLessThanOrEqual(p.desired);
          }
          policies.forEach((p) => {
            if (p.type !== 'StepScaling' || p.comparison !== 'LessThanOrEqualToThreshold') return;
            let lastIn = -Infinity;
            for (const e of r.events) {
              if (e.message.startsWith('Scale out')) lastIn = -Infinity; // a scale-out ends the cooldown
              if (e.message.endsWith(`(${p.name}).`) && e.message.startsWith('Scale in')) {
                expect(e.time - lastIn).toBeGreaterThanOrEqual(p.cooldownSeconds * 1000);
                lastIn = e.time;
              }
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a single target tracking policy never scales in while the metric is above target', () => {
    fc.assert(
      fc.property(tracking, loadCurve, fc.integer({ min: 0, max: 40 }), (policy, load, initialTasks) => {
        const r = simulateAutoScaling({
          load,
          durationMinutes: 120,
          initialTasks,
          minCapacity: 0,
          maxCapacity: 60,
          policies: [policy],
        });
        r.points.forEach((p, i) => {
          const before = i === 0 ? initialTasks : (r.points[i - 1]?.desired ?? 0);
          if (p.desired < before) expect(p.metric ?? 0).toBeLessThan(policy.targetValue);
          if (p.desired > before && p.metric !== null) expect(p.metric).toBeGreaterThan(policy.targetValue);
        });
      }),
      { numRuns: 150 },
    );
  });
});
