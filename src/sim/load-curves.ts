import { requireNumber } from './validate.ts';

/**
 * A load curve: demand at an epoch-millisecond time, in fully busy tasks (assumption
 * `load-metric`: CPU % = 100 × load ÷ running tasks, capped at 100).
 */
export type LoadCurve = (timeMs: number) => number;

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Constant demand of `tasks` busy tasks. */
export function steadyLoad(tasks: number): LoadCurve {
  requireNumber(tasks, 'tasks', 0, 1e6);
  return () => tasks;
}

/** Input of {@link spikeLoad}; minutes are counted from `startTime` (epoch ms, default 0). */
export interface SpikeLoadOptions {
  base: number;
  peak: number;
  startMinute: number;
  durationMinutes: number;
  startTime?: number;
}

/** `base` load with a rectangular spike to `peak` for `durationMinutes` from `startMinute`. */
export function spikeLoad(o: SpikeLoadOptions): LoadCurve {
  const base = requireNumber(o.base, 'base', 0, 1e6);
  const peak = requireNumber(o.peak, 'peak', 0, 1e6);
  const from = (o.startTime ?? 0) + requireNumber(o.startMinute, 'startMinute', 0, 1e7) * MINUTE;
  const to = from + requireNumber(o.durationMinutes, 'durationMinutes', 0, 1e7) * MINUTE;
  return (t) => (t >= from && t < to ? peak : base);
}

/** Input of {@link dailyCycleLoad}. */
export interface DailyCycleOptions {
  /** Load overnight. */
  night: number;
  /** Load during the working day. */
  day: number;
  /** Hour (local) the morning ramp ends and the plateau starts. Default 9. */
  rampEndHour?: number;
  /** Length of each ramp in minutes. Default 60. */
  rampMinutes?: number;
  /** Hour (local) the evening ramp down starts. Default 18. */
  eveningHour?: number;
  /** Local offset from UTC in minutes (Tokyo: 540). Default 0. */
  utcOffsetMinutes?: number;
}

/**
 * A daily cycle: `night` load, a linear morning ramp that reaches `day` at 9:00 local time, a
 * plateau, and a ramp back down from 18:00. Pure function of the timestamp.
 */
export function dailyCycleLoad(o: DailyCycleOptions): LoadCurve {
  const night = requireNumber(o.night, 'night', 0, 1e6);
  const day = requireNumber(o.day, 'day', 0, 1e6);
  const rampEnd = requireNumber(o.rampEndHour ?? 9, 'rampEndHour', 0, 24) * 60;
  const ramp = requireNumber(o.rampMinutes ?? 60, 'rampMinutes', 1, 720);
  const evening = requireNumber(o.eveningHour ?? 18, 'eveningHour', 0, 24) * 60;
  const offset = requireNumber(o.utcOffsetMinutes ?? 0, 'utcOffsetMinutes', -720, 840) * MINUTE;
  return (t) => {
    const local = ((((t + offset) % DAY) + DAY) % DAY) / MINUTE;
    const up = Math.min(1, Math.max(0, (local - (rampEnd - ramp)) / ramp));
    const down = Math.min(1, Math.max(0, (local - evening) / ramp));
    return night + (day - night) * Math.max(0, up - down);
  };
}
