import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateBlueGreenDeployment } from './blue-green.ts';
import {
  estimateMixedCapacityCost,
  estimateMonthlyCost,
  estimateTimelineCost,
  pointsFromBlueGreen,
  type CostInput,
} from './cost.ts';
import { SimInputError } from './errors.ts';

const small = { region: 'us-east-1', launchType: 'FARGATE', cpu: 256, memoryMiB: 512 } as const;

function fieldOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SimInputError) return `${e.code}:${e.field}`;
    throw e;
  }
  return 'no error';
}

describe('estimateMonthlyCost', () => {
  it('facts-sheet sanity check: 0.25 vCPU / 0.5 GB for 24 h costs $0.2962', () => {
    const c = estimateMonthlyCost({ ...small, tasks: 1, hours: 24 });
    expect(c.totalUsd).toBeCloseTo(0.2962, 4);
    expect(c.lines.map((l) => l.item)).toEqual(['Fargate vCPU', 'Fargate memory']);
    expect(c.sources[0]).toContain('2026-06-17');
  });
  it('defaults to 730 hours', () => {
    expect(estimateMonthlyCost({ ...small, tasks: 1 }).hours).toBe(730);
  });
  it('Tokyo Linux x86: 1 vCPU / 2 GB × 2 tasks', () => {
    const c = estimateMonthlyCost({
      region: 'ap-northeast-1',
      launchType: 'FARGATE',
      cpu: 1024,
      memoryMiB: 2048,
      tasks: 2,
    });
    expect(c.totalUsd).toBeCloseTo(2 * 730 * (0.05056 + 2 * 0.005536), 6);
  });
  it('ARM in us-east-1 is cheaper; ARM in Tokyo is refused as not in our data', () => {
    const arm = estimateMonthlyCost({ ...small, tasks: 1, cpuArchitecture: 'ARM64' });
    expect(arm.totalUsd).toBeLessThan(estimateMonthlyCost({ ...small, tasks: 1 }).totalUsd);
    expect(
      fieldOf(() =>
        estimateMonthlyCost({ ...small, region: 'ap-northeast-1', tasks: 1, cpuArchitecture: 'ARM64' }),
      ),
    ).toBe('PRICE_NOT_AVAILABLE:cpuArchitecture');
  });
  it('Windows adds the OS licence line', () => {
    const c = estimateMonthlyCost({
      ...small,
      cpu: 1024,
      memoryMiB: 2048,
      tasks: 1,
      operatingSystem: 'WINDOWS',
      hours: 1,
    });
    expect(c.totalUsd).toBeCloseTo(0.09148 + 0.046 + 2 * 0.01005, 8);
  });
  it('storage above 20 GB is billed', () => {
    const c = estimateMonthlyCost({ ...small, tasks: 1, ephemeralStorageGiB: 50, hours: 1 });
    expect(c.lines.at(-1)).toMatchObject({ quantity: 30, usd: 30 * 0.000111 });
  });
  it('Spot uses the labelled "up to 70 %" discount by default', () => {
    const od = estimateMonthlyCost({ ...small, tasks: 4 }).totalUsd;
    const spot = estimateMonthlyCost({ ...small, launchType: 'FARGATE_SPOT', tasks: 4 });
    expect(spot.totalUsd).toBeCloseTo(od * 0.3, 8);
    expect(spot.notes[0]).toMatch(/up to 70 %/);
    expect(
      fieldOf(() =>
        estimateMonthlyCost({ ...small, launchType: 'FARGATE_SPOT', tasks: 1, spotDiscount: 0.9 }),
      ),
    ).toBe('OUT_OF_RANGE:spotDiscount');
  });
  it('EC2 by instance type; unknown or unpriced types are refused', () => {
    const c = estimateMonthlyCost({
      region: 'us-east-1',
      launchType: 'EC2',
      instanceType: 'm5.large',
      instances: 2,
    });
    expect(c.totalUsd).toBeCloseTo(2 * 0.096 * 730, 8);
    expect(
      fieldOf(() =>
        estimateMonthlyCost({
          region: 'ap-northeast-1',
          launchType: 'EC2',
          instanceType: 'c6g.large',
          instances: 1,
        }),
      ),
    ).toBe('PRICE_NOT_AVAILABLE:instanceType');
  });
  it.each([
    [{ ...small, tasks: 1, region: 'eu-west-1' }, 'UNKNOWN_VALUE:region'],
    [{ ...small, tasks: -1 }, 'OUT_OF_RANGE:tasks'],
    [{ ...small, tasks: 1, memoryMiB: 4096 }, 'INVALID_VALUE:memoryMiB'],
    [{ ...small, tasks: 1, cpu: 300 }, 'INVALID_VALUE:cpu'],
    [{ ...small, tasks: 1, ephemeralStorageGiB: 201 }, 'OUT_OF_RANGE:ephemeralStorageGiB'],
    [{ ...small, tasks: 1, operatingSystem: 'WINDOWS' }, 'UNSUPPORTED_COMBINATION:cpu'],
  ] as [CostInput, string][])('rejects %j', (input, expected) => {
    expect(fieldOf(() => estimateMonthlyCost(input))).toBe(expected);
  });
  it('property: cost never falls when tasks rise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        (a, b, spot) => {
          const cost = (tasks: number): number =>
            estimateMonthlyCost({
              ...small,
              launchType: spot ? 'FARGATE_SPOT' : 'FARGATE',
              tasks,
              ephemeralStorageGiB: 30,
            }).totalUsd;
          if (a <= b) expect(cost(a)).toBeLessThanOrEqual(cost(b));
          else expect(cost(a)).toBeGreaterThanOrEqual(cost(b));
        },
      ),
    );
  });
});

describe('mixed and timeline costs', () => {
  it('base 2, w1/w3 at 10 tasks prices 4 on-demand and 6 Spot', () => {
    const c = estimateMixedCapacityCost({
      region: 'us-east-1',
      cpu: 256,
      memoryMiB: 512,
      desiredCount: 10,
      strategy: [
        { capacityProvider: 'FARGATE', base: 2, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 3 },
      ],
    });
    expect(c.split).toEqual({ FARGATE: 4, FARGATE_SPOT: 6 });
    const od = estimateMonthlyCost({ ...small, tasks: 4 }).totalUsd;
    const spot = estimateMonthlyCost({ ...small, launchType: 'FARGATE_SPOT', tasks: 6 }).totalUsd;
    expect(c.totalUsd).toBeCloseTo(od + spot, 8);
  });
  it('a blue/green window doubles tasks while both sets run', () => {
    const bg = simulateBlueGreenDeployment({
      desiredCount: 4,
      config: { type: 'BLUE_GREEN', bakeTimeInMinutes: 60 },
    });
    const c = estimateTimelineCost(small, pointsFromBlueGreen(bg.timeline), bg.durationSeconds);
    const steady = estimateTimelineCost(small, [{ time: 0, tasks: 4 }], bg.durationSeconds);
    // Green starts at time 0 and blue stops only at CLEAN_UP, so the whole window is doubled.
    expect(c.totalUsd).toBeCloseTo(steady.totalUsd * 2, 10);
    expect(steady.totalUsd).toBeGreaterThan(0);
  });
  // https://aws.amazon.com/fargate/pricing/: "rounded up to the nearest second with a 1-minute minimum".
  describe('the one-minute minimum per task', () => {
    const steady = (tasks: number, end: number): number =>
      estimateTimelineCost(small, [{ time: 0, tasks }], end).totalUsd;
    it('a task that runs 20 s inside the timeline is billed 60 s', () => {
      const c = estimateTimelineCost(
        small,
        [
          { time: 0, tasks: 2 },
          { time: 100, tasks: 3 },
          { time: 120, tasks: 2 },
        ],
        600,
      );
      // 2 tasks × 600 s + one task billed 60 s instead of 20 s.
      expect(c.totalUsd).toBeCloseTo((steady(2, 600) * 1260) / 1200, 12);
      expect(c.notes.at(-1)).toBe('1 short-lived tasks billed the 60-second minimum.');
    });
    it('a task that runs 90.4 s is billed 91 s (rounded up, no minimum)', () => {
      const c = estimateTimelineCost(
        small,
        [
          { time: 0, tasks: 1 },
          { time: 10, tasks: 2 },
          { time: 100.4, tasks: 1 },
        ],
        1000,
      );
      expect(c.totalUsd).toBeCloseTo((steady(1, 1000) * 1091) / 1000, 12);
    });
    it('when the count falls, the newest tasks stop first', () => {
      // 1 → 3 at 0 s and 100 s, then one stops at 110 s: the 10-second task is billed 60 s.
      const c = estimateTimelineCost(
        small,
        [
          { time: 0, tasks: 1 },
          { time: 1, tasks: 2 },
          { time: 100, tasks: 3 },
          { time: 110, tasks: 2 },
        ],
        1000,
      );
      expect(c.totalUsd).toBeCloseTo((steady(1, 1000) * (1000 + 999 + 60)) / 1000, 12);
    });
    it('tasks running at either edge are billed only inside the timeline', () => {
      const c = estimateTimelineCost(
        small,
        [
          { time: 0, tasks: 3 },
          { time: 10, tasks: 2 },
          { time: 990, tasks: 3 },
        ],
        1000,
      );
      // One initial task stops after 10 s; one new task starts 10 s before the end.
      expect(c.totalUsd).toBeCloseTo((steady(1, 1000) * (2000 + 10 + 10)) / 1000, 12);
    });
  });
  it('rejects points out of order', () => {
    expect(
      fieldOf(() =>
        estimateTimelineCost(
          small,
          [
            { time: 10, tasks: 1 },
            { time: 5, tasks: 1 },
          ],
          20,
        ),
      ),
    ).toBe('OUT_OF_RANGE:points[1].time');
  });
});
