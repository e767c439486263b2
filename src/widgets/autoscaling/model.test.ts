import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCALING_STATE,
  clockOfMinute,
  readScalingState,
  runScaling,
  saturatedMinutes,
} from './model.ts';

describe('auto scaling widget model', () => {
  it('follows the daily cycle: more tasks in the day than at night, within min and max', () => {
    const run = runScaling(DEFAULT_SCALING_STATE);
    if (!run.ok) throw new Error(run.message);
    const at = (minute: number) => run.result.points.find((p) => p.minute === minute);
    expect(at(13 * 60)?.desired).toBeGreaterThan(at(3 * 60)?.desired ?? Infinity);
    for (const point of run.result.points) {
      expect(point.desired).toBeGreaterThanOrEqual(point.minCapacity);
      expect(point.desired).toBeLessThanOrEqual(point.maxCapacity);
    }
  });

  it('pre-warming with a schedule cuts the minutes the service is saturated in the morning', () => {
    const cold = runScaling({ ...DEFAULT_SCALING_STATE, curve: 'spike' });
    const warm = runScaling({ ...DEFAULT_SCALING_STATE, curve: 'spike', scheduled: true });
    if (!cold.ok || !warm.ok) throw new Error('expected runs');
    expect(saturatedMinutes(warm.result)).toBeLessThan(saturatedMinutes(cold.result));
  });

  it('a pre-warm minimum above the maximum is refused, not silently raising the maximum', () => {
    const run = runScaling({ ...DEFAULT_SCALING_STATE, scheduled: true, prewarm: 25, max: 20 });
    if (!run.ok) throw new Error(run.message);
    expect(run.result.events.some((e) => e.message.includes('business-hours-start refused'))).toBe(true);
    expect(Math.max(...run.result.points.map((p) => p.maxCapacity))).toBe(20);
  });

  it('turns min above max into a message', () => {
    expect(runScaling({ ...DEFAULT_SCALING_STATE, min: 30, max: 20 }).ok).toBe(false);
  });

  it('reads states from untrusted input', () => {
    expect(readScalingState({ curve: 'spike' })).toEqual({ ...DEFAULT_SCALING_STATE, curve: 'spike' });
    expect(readScalingState({ curve: 'tsunami' })).toBeUndefined();
    expect(readScalingState({ max: '20' })).toBeUndefined();
  });

  it('formats minutes of the day', () => {
    expect(clockOfMinute(0)).toBe('00:00');
    expect(clockOfMinute(9 * 60 + 5)).toBe('09:05');
    expect(clockOfMinute(1440)).toBe('00:00');
  });
});
