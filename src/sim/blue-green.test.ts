import { describe, expect, it } from 'vitest';
import { simulateBlueGreenDeployment } from './blue-green.ts';
import { SimInputError } from './errors.ts';

describe('simulateBlueGreenDeployment: CodeDeploy', () => {
  it('runs the lifecycle events in documented order and keeps blue through the termination wait', () => {
    const r = simulateBlueGreenDeployment({
      desiredCount: 3,
      config: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
      hooks: ['AfterAllowTestTraffic'],
      terminationWaitMinutes: 10,
    });
    expect(r.outcome).toBe('COMPLETED');
    expect(r.stages.map((s) => s.stage)).toEqual([
      'BeforeInstall',
      'Install',
      'AfterInstall',
      'AllowTestTraffic',
      'AfterAllowTestTraffic',
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
      'TerminationWait',
    ]);
    // Install 70 s, hook 60 s, canary 5 min, wait 10 min.
    expect(r.durationSeconds).toBe(70 + 60 + 300 + 600);
    const during = r.timeline.find((p) => p.greenPercent === 100);
    expect(during).toMatchObject({ blueTasks: 3, greenTasks: 3, time: 430 });
    expect(r.timeline.at(-1)).toMatchObject({ blueTasks: 0, greenTasks: 3, greenPercent: 100 });
  });
  it('a failing AfterAllowTestTraffic hook rolls back before production traffic moves', () => {
    const r = simulateBlueGreenDeployment({
      desiredCount: 2,
      config: 'CodeDeployDefault.ECSAllAtOnce',
      hooks: ['AfterAllowTestTraffic'],
      failure: { stage: 'AfterAllowTestTraffic', kind: 'HOOK' },
    });
    expect(r.outcome).toBe('ROLLED_BACK');
    expect(r.timeline.some((p) => p.greenPercent > 0)).toBe(false);
    expect(r.timeline.at(-1)).toMatchObject({ blueTasks: 2, greenTasks: 0, testTrafficOnGreen: false });
  });
  it('a failure during BeforeInstall cannot roll back', () => {
    const r = simulateBlueGreenDeployment({
      desiredCount: 2,
      config: 'CodeDeployDefault.ECSAllAtOnce',
      hooks: ['BeforeInstall'],
      failure: { stage: 'BeforeInstall', kind: 'HOOK' },
    });
    expect(r.outcome).toBe('FAILED');
    expect(r.events.at(-1)?.message).toContain('not possible during BeforeInstall');
  });
  it('an alarm 4.5 minutes into a linear shift rolls back after 50 % moved', () => {
    const r = simulateBlueGreenDeployment({
      desiredCount: 4,
      config: 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
      failure: { stage: 'AllowTraffic', kind: 'ALARM', afterSeconds: 270 },
    });
    expect(r.outcome).toBe('ROLLED_BACK');
    expect(Math.max(...r.timeline.map((p) => p.greenPercent))).toBe(50);
    expect(r.durationSeconds).toBe(70 + 270);
  });
});

describe('simulateBlueGreenDeployment: ECS-native', () => {
  it('CANARY repeats the pre-shift and shift stages per step, then bakes', () => {
    const r = simulateBlueGreenDeployment({
      desiredCount: 2,
      config: { type: 'CANARY', canaryPercent: 10, canaryBakeTimeInMinutes: 5, bakeTimeInMinutes: 10 },
    });
    expect(r.controller).toBe('ECS');
    expect(r.stages.map((s) => s.stage)).toEqual([
      'PRE_SCALE_UP',
      'SCALE_UP',
      'POST_SCALE_UP',
      'TEST_TRAFFIC_SHIFT',
      'POST_TEST_TRAFFIC_SHIFT',
      'PRE_PRODUCTION_TRAFFIC_SHIFT',
      'PRODUCTION_TRAFFIC_SHIFT',
      'PRE_PRODUCTION_TRAFFIC_SHIFT',
      'PRODUCTION_TRAFFIC_SHIFT',
      'POST_PRODUCTION_TRAFFIC_SHIFT',
      'BAKE_TIME',
      'CLEAN_UP',
    ]);
    expect(r.durationSeconds).toBe(70 + 300 + 600);
  });
  it('RECONCILE_SERVICE runs only when several revisions are active', () => {
    const r = simulateBlueGreenDeployment({
      desiredCount: 1,
      config: { type: 'BLUE_GREEN', bakeTimeInMinutes: 0 },
      multipleRevisionsActive: true,
    });
    expect(r.stages[0]?.stage).toBe('RECONCILE_SERVICE');
  });
  it('an alarm in the second LINEAR step rolls back', () => {
    const r = simulateBlueGreenDeployment({
      desiredCount: 2,
      config: { type: 'LINEAR', stepPercent: 25, stepBakeTimeInMinutes: 2 },
      failure: { stage: 'PRODUCTION_TRAFFIC_SHIFT', kind: 'ALARM', occurrence: 2, afterSeconds: 30 },
    });
    expect(r.outcome).toBe('ROLLED_BACK');
    expect(Math.max(...r.timeline.map((p) => p.greenPercent))).toBe(50);
    expect(r.durationSeconds).toBe(70 + 120 + 30);
  });
  it('pinned: BLUE_GREEN with hooks and bake time', () => {
    const r = simulateBlueGreenDeployment({
      desiredCount: 5,
      config: { type: 'BLUE_GREEN', bakeTimeInMinutes: 15 },
      hooks: ['POST_SCALE_UP', 'POST_TEST_TRAFFIC_SHIFT'],
      hookDurationSeconds: 120,
    });
    expect([r.outcome, r.durationSeconds, r.timeline.length, r.events.length]).toEqual([
      'COMPLETED',
      1210,
      5,
      7,
    ]);
  });
  it.each([
    [{ hooks: ['SCALE_UP'] }, 'hooks[0]'],
    [{ failure: { stage: 'BAKE_TIME', kind: 'HOOK' } }, 'failure.stage'],
    [{ failure: { stage: 'Install', kind: 'ALARM' } }, 'failure.stage'],
    [{ desiredCount: 0 }, 'desiredCount'],
  ])('rejects %j', (extra, field) => {
    try {
      simulateBlueGreenDeployment({
        desiredCount: 2,
        config: { type: 'BLUE_GREEN', bakeTimeInMinutes: 5 },
        ...(extra as object),
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SimInputError);
      expect((e as SimInputError).field).toBe(field);
    }
  });
});
