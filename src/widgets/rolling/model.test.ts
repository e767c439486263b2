import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROLLING_STATE,
  pointIndexAt,
  readRollingState,
  runRolling,
  toOptions,
  withStrategy,
} from './model.ts';

describe('rolling deployment player model', () => {
  it('completes the default deployment without dropping below the floor or passing the ceiling', () => {
    const run = runRolling(DEFAULT_ROLLING_STATE);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.result.outcome).toBe('COMPLETED');
    for (const point of run.result.timeline) {
      expect(point.running + point.pending).toBeLessThanOrEqual(run.result.limits.maxRunning);
    }
    expect(run.result.timeline.at(-1)?.new.healthy).toBe(4);
  });

  it('rolls back a version that never starts when the breaker has rollback on', () => {
    const run = runRolling({ ...DEFAULT_ROLLING_STATE, version: 'fail-start' });
    expect(run.ok && run.result.outcome).toBe('ROLLED_BACK');
  });

  it('reports 100/100 as stuck', () => {
    const run = runRolling({ ...DEFAULT_ROLLING_STATE, maxPct: 100 });
    expect(run.ok && run.result.outcome).toBe('STUCK');
  });

  it('turns invalid settings into a message', () => {
    const run = runRolling({ ...DEFAULT_ROLLING_STATE, minPct: 150 });
    expect(run.ok).toBe(false);
  });

  it('reads states from untrusted input and rejects the wrong types', () => {
    expect(readRollingState({ desired: 10 })).toEqual({ ...DEFAULT_ROLLING_STATE, desired: 10 });
    expect(readRollingState({ desired: '10' })).toBeUndefined();
    expect(readRollingState({ version: 'explode' })).toBeUndefined();
    expect(readRollingState({ strategy: 'DAEMON', instances: 6 })).toMatchObject({
      strategy: 'DAEMON',
      instances: 6,
    });
    expect(readRollingState({ strategy: 'EVERYWHERE' })).toBeUndefined();
    expect(readRollingState([])).toBeUndefined();
  });

  it('finds the timeline point for a moment in time', () => {
    const run = runRolling(DEFAULT_ROLLING_STATE);
    if (!run.ok) throw new Error('expected a run');
    const { timeline } = run.result;
    expect(pointIndexAt(run.result, -5)).toBe(0);
    expect(pointIndexAt(run.result, Number.MAX_SAFE_INTEGER)).toBe(timeline.length - 1);
    const middle = timeline[Math.floor(timeline.length / 2)];
    if (middle) expect(timeline[pointIndexAt(run.result, middle.time)]?.time).toBe(middle.time);
  });

  it('DAEMON: picking it applies 0 % / 100 % and deploys one task per container instance', () => {
    const daemon = withStrategy(DEFAULT_ROLLING_STATE, 'DAEMON');
    expect(daemon).toMatchObject({ strategy: 'DAEMON', minPct: 0, maxPct: 100 });
    expect(toOptions({ ...daemon, instances: 5 })).toMatchObject({
      schedulingStrategy: 'DAEMON',
      containerInstances: 5,
    });
    expect(toOptions(daemon)).not.toHaveProperty('desiredCount');
    const run = runRolling({ ...daemon, instances: 5 });
    expect(run.ok && run.result.outcome).toBe('COMPLETED');
    if (run.ok) for (const p of run.result.timeline) expect(p.running + p.pending).toBeLessThanOrEqual(5);
    expect(withStrategy(daemon, 'REPLICA')).toMatchObject({ strategy: 'REPLICA', minPct: 100, maxPct: 200 });
    expect(withStrategy(daemon, 'DAEMON')).toBe(daemon);
  });

  it('DAEMON with a maximum other than 100 % becomes a message on maximumPercent', () => {
    const run = runRolling({ ...withStrategy(DEFAULT_ROLLING_STATE, 'DAEMON'), maxPct: 200 });
    expect(run.ok ? 'ran' : run.field).toBe('maximumPercent');
  });
});
