import { applyBounds, type Bounded, type StateBounds } from '../input-bounds.ts';
import { readFlatState } from '../read-flat-state.ts';
import {
  SimInputError,
  dailyCycleLoad,
  simulateAutoScaling,
  spikeLoad,
  steadyLoad,
  type AutoScalingResult,
  type LoadCurve,
  type ScheduledAction,
} from '../../sim/index.ts';

/** Monday 5 January 2026, 00:00 in Tokyo (UTC+9): the simulated day starts at local midnight. */
export const DAY_START_MS = 1_767_538_800_000;
export const TOKYO_OFFSET_MINUTES = 540;

export const CURVES = ['steady', 'spike', 'daily'] as const;
export type CurveChoice = (typeof CURVES)[number];

/** The auto scaling widget's settings; also what its URL parameter holds. */
export interface ScalingState {
  curve: CurveChoice;
  /** Peak demand, in fully busy tasks. */
  peak: number;
  /** Target average CPU %. */
  target: number;
  min: number;
  max: number;
  scaleOutCooldown: number;
  scaleInCooldown: number;
  disableScaleIn: boolean;
  /** Raise the minimum to `prewarm` tasks at 08:30 on weekdays (Asia/Tokyo), back to `min` at 20:00. */
  scheduled: boolean;
  prewarm: number;
  /** Seconds for a new task to start. */
  taskStart: number;
}

export const DEFAULT_SCALING_STATE: ScalingState = {
  curve: 'daily',
  peak: 12,
  target: 70,
  min: 2,
  max: 20,
  scaleOutCooldown: 60,
  scaleInCooldown: 300,
  disableScaleIn: false,
  scheduled: false,
  prewarm: 10,
  taskStart: 60,
};

/** The demand curve a state stands for; the spike hits at 09:00 Tokyo time. */
export function loadCurve(state: ScalingState): LoadCurve {
  const night = Math.max(1, Math.round(state.peak / 6));
  switch (state.curve) {
    case 'steady':
      return steadyLoad(state.peak);
    case 'spike':
      return spikeLoad({
        base: night,
        peak: state.peak,
        startMinute: 9 * 60,
        durationMinutes: 90,
        startTime: DAY_START_MS,
      });
    case 'daily':
      return dailyCycleLoad({ night, day: state.peak, utcOffsetMinutes: TOKYO_OFFSET_MINUTES });
  }
}

/** Weekday business-hours pre-warming, as two scheduled actions in Asia/Tokyo. */
export function scheduledActions(state: ScalingState): ScheduledAction[] {
  if (!state.scheduled) return [];
  return [
    {
      name: 'business-hours-start',
      schedule: 'cron(30 8 ? * MON-FRI *)',
      timezone: 'Asia/Tokyo',
      minCapacity: state.prewarm,
    },
    {
      name: 'business-hours-end',
      schedule: 'cron(0 20 ? * MON-FRI *)',
      timezone: 'Asia/Tokyo',
      minCapacity: state.min,
    },
  ];
}

/** The day is simulated minute by minute for every task: capacities beyond 1,000 tasks are lowered. */
export const SCALING_BOUNDS = {
  peak: { max: 1000, label: { ja: 'ピーク時の負荷', en: 'Peak load' } },
  min: { max: 1000, label: { ja: '最小タスク数', en: 'Minimum tasks' } },
  max: { max: 1000, label: { ja: '最大タスク数', en: 'Maximum tasks' } },
  prewarm: { max: 1000, label: { ja: '引き上げ後の最小タスク数', en: 'Raised minimum' } },
} satisfies StateBounds<ScalingState>;

/** An auto scaling state within what the widget can show. */
export function boundScalingState(state: ScalingState): Bounded<ScalingState> {
  return applyBounds(state, SCALING_BOUNDS);
}

/** Reads a state from untrusted input; `undefined` when it is not one. */
export function readScalingState(value: unknown): ScalingState | undefined {
  const state = readFlatState<ScalingState>(value, DEFAULT_SCALING_STATE);
  if (!state) return undefined;
  if (!CURVES.includes(state.curve)) return undefined;
  return state;
}

export type ScalingRun =
  | { ok: true; result: AutoScalingResult }
  | { ok: false; field: string; message: string; messageJa?: string | undefined; code: string };

/** Simulates 24 hours at one-minute steps; invalid settings become a message. */
export function runScaling(state: ScalingState): ScalingRun {
  try {
    const result = simulateAutoScaling({
      startTime: DAY_START_MS,
      durationMinutes: 1440,
      load: loadCurve(state),
      initialTasks: state.min,
      minCapacity: state.min,
      maxCapacity: state.max,
      policies: [
        {
          type: 'TargetTracking',
          name: 'cpu-target',
          targetValue: state.target,
          disableScaleIn: state.disableScaleIn,
          scaleOutCooldownSeconds: state.scaleOutCooldown,
          scaleInCooldownSeconds: state.scaleInCooldown,
        },
      ],
      scheduledActions: scheduledActions(state),
      taskStartSeconds: state.taskStart,
    });
    return { ok: true, result };
  } catch (error) {
    if (error instanceof SimInputError)
      return {
        ok: false,
        field: error.field,
        message: error.message,
        messageJa: error.messageJa,
        code: error.code,
      };
    throw error;
  }
}

/** Formats a minute of the simulated day as HH:MM (Tokyo time). */
export function clockOfMinute(minute: number): string {
  const m = ((Math.round(minute) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes in the run when demand exceeded what running tasks could serve (CPU pinned at 100 %). */
export function saturatedMinutes(result: AutoScalingResult): number {
  return result.points.filter((point) => point.load > point.running).length;
}
