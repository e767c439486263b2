import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimInputError } from './errors.ts';
import {
  CODEDEPLOY_PREDEFINED_CONFIGS,
  trafficShiftSchedule,
  type TrafficShiftConfig,
} from './traffic-shift.ts';

describe('trafficShiftSchedule', () => {
  it('AllAtOnce moves 100 % at minute 0', () => {
    expect(trafficShiftSchedule('CodeDeployDefault.ECSAllAtOnce')).toEqual([
      { minute: 0, greenPercent: 100 },
    ]);
  });
  it('Linear 10 % every 3 minutes reaches 100 % at minute 27 (first step at t=0)', () => {
    const s = trafficShiftSchedule('CodeDeployDefault.ECSLinear10PercentEvery3Minutes');
    expect(s).toHaveLength(10);
    expect(s[0]).toEqual({ minute: 0, greenPercent: 10 });
    expect(s.at(-1)).toEqual({ minute: 27, greenPercent: 100 });
  });
  it('Linear 10 % every minute reaches 100 % at minute 9', () => {
    expect(trafficShiftSchedule('CodeDeployDefault.ECSLinear10PercentEvery1Minutes').at(-1)).toEqual({
      minute: 9,
      greenPercent: 100,
    });
  });
  it.each([
    ['CodeDeployDefault.ECSCanary10Percent5Minutes', 5],
    ['CodeDeployDefault.ECSCanary10Percent15Minutes', 15],
  ] as const)('%s: 10 %, then 100 % after %i minutes', (name, wait) => {
    expect(trafficShiftSchedule(name)).toEqual([
      { minute: 0, greenPercent: 10 },
      { minute: wait, greenPercent: 100 },
    ]);
  });
  it('custom TimeBasedLinear 30 % every 2 minutes clamps the last step', () => {
    expect(
      trafficShiftSchedule({ type: 'TimeBasedLinear', linearPercentage: 30, linearInterval: 2 }),
    ).toEqual([
      { minute: 0, greenPercent: 30 },
      { minute: 2, greenPercent: 60 },
      { minute: 4, greenPercent: 90 },
      { minute: 6, greenPercent: 100 },
    ]);
  });
  it('ECS LINEAR defaults: 10 % steps, 6-minute step bake', () => {
    const s = trafficShiftSchedule({ type: 'LINEAR' });
    expect(s.at(-1)).toEqual({ minute: 54, greenPercent: 100 });
  });
  it('ECS LINEAR 3.3 % steps add up exactly in tenths', () => {
    const s = trafficShiftSchedule({ type: 'LINEAR', stepPercent: 3.3, stepBakeTimeInMinutes: 1 });
    expect(s[2]?.greenPercent).toBe(9.9);
    expect(s).toHaveLength(31);
  });
  it('ECS CANARY defaults: 5 %, then 100 % after 10 minutes', () => {
    expect(trafficShiftSchedule({ type: 'CANARY' })).toEqual([
      { minute: 0, greenPercent: 5 },
      { minute: 10, greenPercent: 100 },
    ]);
  });
  it('ECS BLUE_GREEN moves all at once', () => {
    expect(trafficShiftSchedule({ type: 'BLUE_GREEN', bakeTimeInMinutes: 15 })).toEqual([
      { minute: 0, greenPercent: 100 },
    ]);
  });
  it.each<[TrafficShiftConfig, string]>([
    ['CodeDeployDefault.Nope' as TrafficShiftConfig, 'config'],
    [{ type: 'LINEAR', stepPercent: 2 }, 'config.stepPercent'],
    [{ type: 'LINEAR', stepPercent: 10.05 }, 'config.stepPercent'],
    [{ type: 'CANARY', canaryBakeTimeInMinutes: 1441 }, 'config.canaryBakeTimeInMinutes'],
    [{ type: 'TimeBasedCanary', canaryPercentage: 0, canaryInterval: 5 }, 'config.canaryPercentage'],
    [{ type: 'BLUE_GREEN' } as TrafficShiftConfig, 'config.bakeTimeInMinutes'],
    [{ type: 'ROLLING' } as unknown as TrafficShiftConfig, 'config.type'],
  ])('rejects %j', (config, field) => {
    try {
      trafficShiftSchedule(config);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SimInputError);
      expect((e as SimInputError).field).toBe(field);
    }
  });
  it('property: every schedule rises strictly and ends at 100 %', () => {
    const arb = fc.oneof(
      fc.constantFrom(...CODEDEPLOY_PREDEFINED_CONFIGS),
      fc.record({
        type: fc.constant('LINEAR' as const),
        stepPercent: fc.integer({ min: 30, max: 1000 }).map((t) => t / 10),
        stepBakeTimeInMinutes: fc.integer({ min: 0, max: 1440 }),
      }),
      fc.record({
        type: fc.constant('TimeBasedLinear' as const),
        linearPercentage: fc.integer({ min: 1, max: 100 }),
        linearInterval: fc.integer({ min: 1, max: 60 }),
      }),
    );
    fc.assert(
      fc.property(arb, (config) => {
        const s = trafficShiftSchedule(config);
        expect(s.at(-1)?.greenPercent).toBe(100);
        for (let i = 1; i < s.length; i += 1) {
          expect(s[i]?.greenPercent ?? 0).toBeGreaterThan(s[i - 1]?.greenPercent ?? 0);
          expect(s[i]?.minute ?? 0).toBeGreaterThanOrEqual(s[i - 1]?.minute ?? 0);
        }
      }),
    );
  });
});
