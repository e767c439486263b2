import { describe, expect, it } from 'vitest';
import { DEFAULT_BLUE_GREEN_STATE, hookableStages, readBlueGreenState, runBlueGreen } from './model.ts';

describe('blue/green widget model', () => {
  it('completes a 10 % canary and ends with all traffic on green', () => {
    const run = runBlueGreen(DEFAULT_BLUE_GREEN_STATE);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.result.outcome).toBe('COMPLETED');
    expect(run.result.schedule[0]).toEqual({ minute: 0, greenPercent: 10 });
    expect(run.result.timeline.at(-1)?.greenPercent).toBe(100);
  });

  it('rolls back when a lifecycle hook fails, leaving traffic on blue', () => {
    const run = runBlueGreen({ ...DEFAULT_BLUE_GREEN_STATE, failingHook: 'POST_TEST_TRAFFIC_SHIFT' });
    expect(run.ok && run.result.outcome).toBe('ROLLED_BACK');
    if (run.ok) expect(run.result.timeline.at(-1)?.greenPercent).toBe(0);
  });

  it('runs a CodeDeploy predefined configuration', () => {
    const run = runBlueGreen({
      ...DEFAULT_BLUE_GREEN_STATE,
      strategy: 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
    });
    expect(run.ok && run.result.controller).toBe('CODE_DEPLOY');
  });

  it('offers the hookable stages of each controller', () => {
    expect(hookableStages('CANARY')).toContain('PRE_PRODUCTION_TRAFFIC_SHIFT');
    expect(hookableStages('CodeDeployDefault.ECSAllAtOnce')).toContain('AfterAllowTestTraffic');
  });

  it('rejects states that do not fit', () => {
    expect(readBlueGreenState({ strategy: 'YOLO' })).toBeUndefined();
    expect(readBlueGreenState({ failingHook: 'BeforeInstall' })).toBeUndefined(); // CodeDeploy stage on a native strategy
    expect(readBlueGreenState({ percent: '10' })).toBeUndefined();
    expect(readBlueGreenState({ percent: 20 })).toEqual({ ...DEFAULT_BLUE_GREEN_STATE, percent: 20 });
  });

  it('reports invalid numbers as a message', () => {
    const run = runBlueGreen({ ...DEFAULT_BLUE_GREEN_STATE, percent: 150 });
    expect(run.ok).toBe(false);
  });
});
