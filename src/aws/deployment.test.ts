import { describe, expect, it } from 'vitest';
import { breakerThreshold } from './circuit-breaker.ts';
import { CODEDEPLOY_PREDEFINED_CONFIGS, codeDeployShift } from './deployment-configurations.ts';
import { ROLLING_DEFAULTS, rollingLimits } from './rolling-deployment.ts';

describe('rolling deployment limits (AWS worked examples)', () => {
  it.each([
    [4, 50, 200, { canStopFirst: 2, canStartFirst: 4 }],
    [2, 75, 200, { minHealthy: 2, canStopFirst: 0 }],
    [3, 100, 125, { maxRunning: 3, canStartFirst: 0, stuck: true }],
    [1, 100, 200, { minHealthy: 1, maxRunning: 2, stuck: false }],
  ])('desired %i at %i/%i', (desired, min, max, expected) => {
    expect(rollingLimits(desired, min, max)).toMatchObject(expected);
  });
  it('defaults differ for REPLICA and DAEMON', () => {
    expect(ROLLING_DEFAULTS.REPLICA).toEqual({ minimumHealthyPercent: 100, maximumPercent: 200 });
    expect(ROLLING_DEFAULTS.DAEMON).toEqual({ minimumHealthyPercent: 0, maximumPercent: 100 });
  });
});

describe('circuit breaker threshold', () => {
  it.each([
    [1, 3],
    [6, 3],
    [10, 5],
    [25, 13],
    [400, 200],
    [800, 200],
  ])('desired %i fails after %i', (desired, threshold) => {
    expect(breakerThreshold(desired)).toBe(threshold);
  });
  it('honours the 2026 threshold configuration', () => {
    expect(breakerThreshold(1000, { type: 'UNBOUNDED_PERCENT', value: 50 })).toBe(500);
    expect(breakerThreshold(1000, { type: 'COUNT', value: 7 })).toBe(7);
    expect(breakerThreshold(0, { type: 'UNBOUNDED_PERCENT', value: 50 })).toBe(1);
  });
});

describe('CodeDeploy predefined configurations', () => {
  it('are the five ECS ones', () => {
    expect(CODEDEPLOY_PREDEFINED_CONFIGS).toHaveLength(5);
    expect(codeDeployShift('CodeDeployDefault.ECSLinear10PercentEvery3Minutes')).toEqual({
      kind: 'linear',
      percent: 10,
      everyMinutes: 3,
    });
    expect(codeDeployShift('CodeDeployDefault.ECSCanary10Percent15Minutes')).toEqual({
      kind: 'canary',
      percent: 10,
      thenAfterMinutes: 15,
    });
  });
});
