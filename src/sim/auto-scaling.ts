import { DEFAULT_SCALING_COOLDOWN_SECONDS as COOLDOWN } from '../aws/auto-scaling.ts';
import { validateTimeZone } from './civil-time.ts';
import { SimInputError } from './errors.ts';
import type { LoadCurve } from './load-curves.ts';
import { nextScheduleTimes } from './schedule-expression.ts';
import { MAX_CAPACITY, targetTrackingDesiredCount, validateCapacityRange } from './target-tracking.ts';
import {
  isList,
  optionalBoolean,
  optionalInteger,
  requireInteger,
  requireNumber,
  requireObject,
  requireOneOf,
} from './validate.ts';

// AWS references:
// - Target tracking and cooldowns: https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
// - ECS service auto scaling: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html
// - Step scaling: https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-step-scaling-policies.html
// - Scheduled scaling: https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-scheduled-scaling.html

/** A target tracking policy on average CPU utilisation. */
export interface TargetTrackingPolicy {
  type: 'TargetTracking';
  name?: string;
  /** Target CPU % (0 < target ≤ 100). */
  targetValue: number;
  disableScaleIn?: boolean;
  /** Default 300 s. */
  scaleOutCooldownSeconds?: number;
  /** Default 300 s. */
  scaleInCooldownSeconds?: number;
  /** Consecutive one-minute datapoints above target before scaling out (default 3, assumption `tt-datapoints`). */
  scaleOutDatapoints?: number;
  /** Consecutive datapoints allowing scale-in before scaling in (default 15, assumption `tt-datapoints`). */
  scaleInDatapoints?: number;
}

/** One step of a step scaling policy; bounds are relative to the alarm threshold. */
export interface StepAdjustment {
  metricIntervalLowerBound?: number;
  metricIntervalUpperBound?: number;
  scalingAdjustment: number;
}

/** A step scaling policy driven by an alarm on average CPU utilisation. */
export interface StepScalingPolicy {
  type: 'StepScaling';
  name?: string;
  adjustmentType: 'ChangeInCapacity' | 'PercentChangeInCapacity' | 'ExactCapacity';
  /** Alarm threshold (CPU %). */
  threshold: number;
  comparison: 'GreaterThanOrEqualToThreshold' | 'LessThanOrEqualToThreshold';
  /** Consecutive one-minute periods in breach before the alarm fires (default 1). */
  evaluationPeriods?: number;
  stepAdjustments: readonly StepAdjustment[];
  /** Default 300 s. */
  cooldownSeconds?: number;
  minAdjustmentMagnitude?: number;
}

/** A scaling policy. */
export type ScalingPolicy = TargetTrackingPolicy | StepScalingPolicy;

/** A scheduled action that changes min and/or max capacity. */
export interface ScheduledAction {
  name: string;
  /** `at(…)`, `rate(…)` or `cron(…)`. */
  schedule: string;
  /** IANA time zone such as `Asia/Tokyo`. Default UTC. */
  timezone?: string;
  minCapacity?: number;
  maxCapacity?: number;
}

/** Input of {@link simulateAutoScaling}. */
export interface AutoScalingOptions {
  /** Epoch ms of the first step. Default 0. */
  startTime?: number;
  /** Default 1440 (24 h). */
  durationMinutes?: number;
  /** Default 1. */
  stepMinutes?: number;
  /** Demand in busy tasks: a function of epoch ms, or one value per step. */
  load: LoadCurve | readonly number[];
  initialTasks: number;
  minCapacity: number;
  maxCapacity: number;
  policies: readonly ScalingPolicy[];
  scheduledActions?: readonly ScheduledAction[];
  /** Seconds for a new task to become RUNNING (0–3600, default 60). */
  taskStartSeconds?: number;
}

/** State after one step. */
export interface AutoScalingPoint {
  time: number;
  minute: number;
  load: number;
  /** Average CPU %, or null with no running task. */
  metric: number | null;
  desired: number;
  running: number;
  pending: number;
  minCapacity: number;
  maxCapacity: number;
}

/** What an auto scaling log line reports; the widget layer words each one per language. */
export type AutoScalingEventCode = 'SCHEDULED_REFUSED' | 'SCHEDULED_SET' | 'SCALE_OUT' | 'SCALE_IN';

/** One line of the auto scaling event log: English text plus the code and values it is made of. */
export interface AutoScalingEvent {
  time: number;
  code: AutoScalingEventCode;
  message: string;
  /** `from`/`to` desired counts and `policy` (may be empty); `action`, `min`, `max` for scheduled actions. */
  params: Readonly<Record<string, string | number>>;
}

/** Output of {@link simulateAutoScaling}. */
export interface AutoScalingResult {
  points: AutoScalingPoint[];
  events: AutoScalingEvent[];
  peakDesired: number;
  /** Sum of running tasks × hours. */
  runningTaskHours: number;
}

interface PolicyState {
  p: ScalingPolicy;
  name: string;
  outStreak: number;
  inStreak: number;
  lastOut: number;
  lastIn: number;
  /** Step scaling: capacity before its last action (the base during its cooldown). */
  lastBase: number;
}

type Proposal = { dir: 'out' | 'in'; value: number } | null;

function validatePolicy(p: ScalingPolicy, i: number): ScalingPolicy {
  const f = `policies[${i}]`;
  requireObject(p, f);
  const type = requireOneOf(p.type, `${f}.type`, ['TargetTracking', 'StepScaling'] as const);
  if (type === 'TargetTracking') {
    const t = p as TargetTrackingPolicy;
    requireNumber(t.targetValue, `${f}.targetValue`, 0.01, 100);
    optionalBoolean(t.disableScaleIn, `${f}.disableScaleIn`, false);
    optionalInteger(t.scaleOutCooldownSeconds, `${f}.scaleOutCooldownSeconds`, 0, 86_400, COOLDOWN);
    optionalInteger(t.scaleInCooldownSeconds, `${f}.scaleInCooldownSeconds`, 0, 86_400, COOLDOWN);
    optionalInteger(t.scaleOutDatapoints, `${f}.scaleOutDatapoints`, 1, 60, 3);
    optionalInteger(t.scaleInDatapoints, `${f}.scaleInDatapoints`, 1, 60, 15);
    return t;
  }
  const s = p as StepScalingPolicy;
  requireOneOf(s.adjustmentType, `${f}.adjustmentType`, [
    'ChangeInCapacity',
    'PercentChangeInCapacity',
    'ExactCapacity',
  ] as const);
  requireNumber(s.threshold, `${f}.threshold`, 0, 100);
  requireOneOf(s.comparison, `${f}.comparison`, [
    'GreaterThanOrEqualToThreshold',
    'LessThanOrEqualToThreshold',
  ] as const);
  optionalInteger(s.evaluationPeriods, `${f}.evaluationPeriods`, 1, 60, 1);
  optionalInteger(s.cooldownSeconds, `${f}.cooldownSeconds`, 0, 86_400, COOLDOWN);
  if (s.minAdjustmentMagnitude !== undefined)
    requireInteger(s.minAdjustmentMagnitude, `${f}.minAdjustmentMagnitude`, 1, MAX_CAPACITY);
  if (!isList(s.stepAdjustments) || s.stepAdjustments.length === 0) {
    throw new SimInputError(
      'INVALID_VALUE',
      `${f}.stepAdjustments`,
      `${f}.stepAdjustments needs at least one step.`,
    );
  }
  const steps = [...s.stepAdjustments].sort(
    (a, b) => (a.metricIntervalLowerBound ?? -Infinity) - (b.metricIntervalLowerBound ?? -Infinity),
  );
  steps.forEach((st, k) => {
    requireInteger(
      st.scalingAdjustment,
      `${f}.stepAdjustments[${k}].scalingAdjustment`,
      -MAX_CAPACITY,
      MAX_CAPACITY,
    );
    const lo = st.metricIntervalLowerBound ?? -Infinity;
    const hi = st.metricIntervalUpperBound ?? Infinity;
    if (lo >= hi)
      throw new SimInputError(
        'INVALID_VALUE',
        `${f}.stepAdjustments[${k}]`,
        'a step lower bound must be below its upper bound.',
      );
    const next = steps[k + 1];
    if (next !== undefined && (next.metricIntervalLowerBound ?? -Infinity) !== hi) {
      throw new SimInputError(
        'INVALID_VALUE',
        `${f}.stepAdjustments`,
        'step ranges must not overlap or leave gaps.',
      );
    }
  });
  return s;
}

/** Rounds a percent change as Application Auto Scaling documents (12.7 → 12, 0.5 → 1, −0.5 → −1, −6.67 → −6). */
export function roundPercentChange(change: number): number {
  if (change > 1) return Math.floor(change);
  if (change > 0) return 1;
  if (change >= -1) return change === 0 ? 0 : -1;
  return Math.ceil(change);
}

function stepProposal(
  s: StepScalingPolicy,
  state: PolicyState,
  metric: number,
  desired: number,
  now: number,
): Proposal {
  const breach =
    s.comparison === 'GreaterThanOrEqualToThreshold' ? metric >= s.threshold : metric <= s.threshold;
  state.outStreak = breach ? state.outStreak + 1 : 0;
  if (state.outStreak < (s.evaluationPeriods ?? 1)) return null;
  const diff = metric - s.threshold;
  const step = s.stepAdjustments.find((st) => {
    const lo = st.metricIntervalLowerBound ?? -Infinity;
    const hi = st.metricIntervalUpperBound ?? Infinity;
    // Above the threshold the lower bound is inclusive; below it, the upper bound is.
    return diff >= 0 ? diff >= lo && diff < hi : diff > lo && diff <= hi;
  });
  if (step === undefined) return null;
  const cooldownMs = (s.cooldownSeconds ?? COOLDOWN) * 1000;
  // During a scale-out cooldown the capacity just added counts toward the next calculation, so
  // the adjustment applies to the capacity before that scale-out.
  const outCooldown = now < state.lastOut + cooldownMs;
  const outValue = adjusted(s, step.scalingAdjustment, outCooldown ? state.lastBase : desired);
  if (outValue > desired) return { dir: 'out', value: outValue };
  // "With scale-in policies … scale-in activities are blocked until the cooldown period has expired."
  if (now < state.lastIn + cooldownMs) return null;
  const inValue = adjusted(s, step.scalingAdjustment, desired);
  return inValue < desired ? { dir: 'in', value: inValue } : null;
}

/** Capacity after applying one step adjustment to `base` (before min/max). */
function adjusted(s: StepScalingPolicy, adjustment: number, base: number): number {
  if (s.adjustmentType === 'ExactCapacity') return adjustment;
  if (s.adjustmentType === 'ChangeInCapacity') return base + adjustment;
  let change = roundPercentChange((base * adjustment) / 100);
  const min = s.minAdjustmentMagnitude ?? 0;
  if (Math.abs(change) < min) change = Math.sign(adjustment) * min;
  return base + change;
}

function trackingProposal(
  t: TargetTrackingPolicy,
  state: PolicyState,
  metric: number | null,
  running: number,
  desired: number,
): Proposal {
  if (metric === null) {
    state.outStreak = 0;
    state.inStreak = 0;
    return null;
  }
  const wanted = targetTrackingDesiredCount({
    current: running,
    metricValue: metric,
    targetValue: t.targetValue,
    minCapacity: 0,
    maxCapacity: MAX_CAPACITY,
  });
  // The high alarm fires only above the target and the low alarm only below it, so a policy never
  // asks to scale in while its metric is above target (even when tasks are still starting).
  state.outStreak = metric > t.targetValue && wanted > desired ? state.outStreak + 1 : 0;
  state.inStreak =
    metric < t.targetValue && wanted < desired && t.disableScaleIn !== true ? state.inStreak + 1 : 0;
  if (state.outStreak >= (t.scaleOutDatapoints ?? 3)) return { dir: 'out', value: wanted };
  if (state.inStreak >= (t.scaleInDatapoints ?? 15)) return { dir: 'in', value: wanted };
  return null;
}

function trackingScaleInAllowed(t: TargetTrackingPolicy, state: PolicyState, now: number): boolean {
  return (
    now >= state.lastIn + (t.scaleInCooldownSeconds ?? COOLDOWN) * 1000 &&
    now >= state.lastOut + (t.scaleOutCooldownSeconds ?? COOLDOWN) * 1000
  );
}

/** Mutable state of one run. */
interface Fleet {
  desired: number;
  running: number;
  /** Ready times of starting tasks, ascending. */
  starting: number[];
}

function setDesired(fleet: Fleet, to: number, now: number, startMs: number): void {
  while (fleet.desired < to) {
    fleet.starting.push(now + startMs);
    fleet.desired += 1;
  }
  while (fleet.desired > to) {
    if (fleet.starting.length > 0) fleet.starting.pop();
    else fleet.running -= 1;
    fleet.desired -= 1;
  }
}

/**
 * Simulates Application Auto Scaling on an ECS service in fixed time steps (one minute by
 * default) over a load curve. Policies combine as documented: the largest scale-out wins; target
 * tracking policies scale in only when all of them (with scale-in enabled) are ready, while each
 * step scaling policy scales in on its own, after its own cooldown. Capacity added during a
 * scale-out cooldown counts toward the next calculation and a scale-out cancels scale-in
 * cooldowns. A desired count below the minimum scales out to at least the minimum and is not
 * scaled in; above the maximum the mirror image. Scheduled actions ignore cooldowns and move
 * desired into their new min/max. New tasks start after taskStartSeconds, so running capacity
 * lags desired. Model choices: assumptions `tt-formula`, `tt-datapoints`, `load-metric`,
 * `cooldown-scale-in-after-out`, `scaling-task-timing`, `rate-first-run`, `cron-subset`,
 * `scale-in-largest`, `scheduled-range-refused`.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html
 * @see https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
 * @see https://docs.aws.amazon.com/autoscaling/application/userguide/step-scaling-policy-overview.html
 */
export function simulateAutoScaling(options: AutoScalingOptions): AutoScalingResult {
  requireObject(options, 'options');
  const start =
    options.startTime === undefined ? 0 : requireInteger(options.startTime, 'startTime', -8.64e15, 8.64e15);
  const duration = optionalInteger(options.durationMinutes, 'durationMinutes', 1, 366 * 1440, 1440);
  const stepMin = optionalInteger(options.stepMinutes, 'stepMinutes', 1, 1440, 1);
  const startMs = optionalInteger(options.taskStartSeconds, 'taskStartSeconds', 0, 3600, 60) * 1000;
  validateCapacityRange(options.minCapacity, options.maxCapacity);
  let min = options.minCapacity;
  let max = options.maxCapacity;
  const initial = requireInteger(options.initialTasks, 'initialTasks', 0, MAX_CAPACITY);
  if (!isList(options.policies))
    throw new SimInputError('INVALID_VALUE', 'policies', 'policies must be a list.');
  const states: PolicyState[] = options.policies.map((p, i) => ({
    p: validatePolicy(p, i),
    name: p.name ?? `policy-${i + 1}`,
    outStreak: 0,
    inStreak: 0,
    lastOut: -Infinity,
    lastIn: -Infinity,
    lastBase: 0,
  }));
  const steps = Math.floor(duration / stepMin);
  const load = readLoad(options.load, steps);
  const end = start + steps * stepMin * 60_000;
  const actions = (options.scheduledActions ?? []).flatMap((a, i) => scheduledRuns(a, i, start, end));
  actions.sort((a, b) => a.time - b.time || a.order - b.order);
  const fleet: Fleet = { desired: initial, running: initial, starting: [] };
  const points: AutoScalingPoint[] = [];
  const events: AutoScalingEvent[] = [];
  let nextAction = 0;
  let taskMinutes = 0;
  let peak = initial;
  for (let i = 0; i < steps; i += 1) {
    const now = start + i * stepMin * 60_000;
    while (fleet.starting.length > 0 && (fleet.starting[0] ?? Infinity) <= now) {
      fleet.starting.shift();
      fleet.running += 1;
    }
    for (; nextAction < actions.length && (actions[nextAction]?.time ?? Infinity) <= now; nextAction += 1) {
      const a = actions[nextAction];
      if (a === undefined) break;
      const newMin = a.min ?? min;
      const newMax = a.max ?? max;
      if (newMin > newMax) {
        // AWS asks for both sizes when one alone would cross the other (scheduled scaling page);
        // our model refuses the run and keeps min and max (assumption `scheduled-range-refused`).
        events.push({
          time: now,
          code: 'SCHEDULED_REFUSED',
          message: `Scheduled action ${a.name} refused: minimum ${newMin} would exceed maximum ${newMax}; set both sizes.`,
          params: { action: a.name, min: newMin, max: newMax },
        });
        continue;
      }
      min = newMin;
      max = newMax;
      const to = Math.min(max, Math.max(min, fleet.desired));
      events.push({
        time: now,
        code: 'SCHEDULED_SET',
        message: `Scheduled action ${a.name} set min ${min}, max ${max}; desired ${fleet.desired} → ${to}.`,
        params: { action: a.name, min, max, from: fleet.desired, to },
      });
      setDesired(fleet, to, now, startMs);
    }
    const demand = load(now, i);
    const metric = fleet.running > 0 ? Math.min(100, (100 * demand) / fleet.running) : null;
    decide(states, fleet, metric, demand, now, min, max, startMs, events);
    peak = Math.max(peak, fleet.desired);
    taskMinutes += fleet.running * stepMin;
    points.push({
      time: now,
      minute: i * stepMin,
      load: demand,
      metric,
      desired: fleet.desired,
      running: fleet.running,
      pending: fleet.starting.length,
      minCapacity: min,
      maxCapacity: max,
    });
  }
  return { points, events, peakDesired: peak, runningTaskHours: taskMinutes / 60 };
}

function decide(
  states: PolicyState[],
  fleet: Fleet,
  metric: number | null,
  demand: number,
  now: number,
  min: number,
  max: number,
  startMs: number,
  events: AutoScalingEvent[],
): void {
  const proposals = states.map((s): Proposal => {
    if (metric === null) {
      // No running task: no metric. With demand, scale out by the minimum amount (one task).
      return demand > 0 && fleet.desired === 0 ? { dir: 'out', value: 1 } : null;
    }
    return s.p.type === 'TargetTracking'
      ? trackingProposal(s.p, s, metric, fleet.running, fleet.desired)
      : stepProposal(s.p, s, metric, fleet.desired, now);
  });
  if (scaleOut(states, proposals, fleet, now, min, max, startMs, events)) return;
  scaleIn(states, proposals, fleet, now, min, max, startMs, events);
}

/**
 * The largest scale-out wins. Below the minimum a scale-out goes to at least the minimum; above
 * the maximum a scale-out changes nothing (ECS service auto scaling page).
 */
function scaleOut(
  states: PolicyState[],
  proposals: Proposal[],
  fleet: Fleet,
  now: number,
  min: number,
  max: number,
  startMs: number,
  events: AutoScalingEvent[],
): boolean {
  if (fleet.desired >= max) return false;
  const outs = proposals.flatMap((p, k) =>
    p?.dir === 'out' ? [{ value: Math.min(max, Math.max(min, p.value)), k }] : [],
  );
  const best = outs.reduce((a, b) => (b.value > a.value ? b : a), { value: fleet.desired, k: -1 });
  if (best.k < 0 || best.value <= fleet.desired) return false;
  const from = fleet.desired;
  for (const s of states) s.lastIn = -Infinity; // a scale-out cancels scale-in cooldowns
  const st = states[best.k];
  if (st !== undefined) {
    st.lastBase = from;
    st.lastOut = now;
    st.outStreak = 0;
  }
  setDesired(fleet, best.value, now, startMs);
  const policy = st?.name ?? '';
  events.push({
    time: now,
    code: 'SCALE_OUT',
    message: `Scale out from ${from} to ${best.value} tasks (${policy}).`,
    params: { from, to: best.value, policy },
  });
  return true;
}

/**
 * Scale-in candidates: the target tracking policies together (only when every one with scale-in
 * enabled is ready), and each step policy on its own, which no target tracking policy blocks.
 * The candidate leaving the most tasks wins. Below the minimum nothing changes; above the maximum
 * a scale-in goes to at most the maximum.
 */
function scaleIn(
  states: PolicyState[],
  proposals: Proposal[],
  fleet: Fleet,
  now: number,
  min: number,
  max: number,
  startMs: number,
  events: AutoScalingEvent[],
): void {
  if (fleet.desired <= min) return;
  const candidates: { value: number; winners: PolicyState[] }[] = [];
  const voters = states.flatMap((s, k) =>
    s.p.type === 'TargetTracking' && s.p.disableScaleIn !== true ? [{ s, t: s.p, k }] : [],
  );
  if (voters.length > 0) {
    const values = voters.map(({ s, t, k }) => {
      const p = proposals[k];
      return p?.dir === 'in' && trackingScaleInAllowed(t, s, now) ? p.value : null;
    });
    if (values.every((v) => v !== null))
      candidates.push({ value: Math.max(...values), winners: voters.map(({ s }) => s) });
  }
  states.forEach((s, k) => {
    const p = proposals[k];
    if (s.p.type === 'StepScaling' && p?.dir === 'in') candidates.push({ value: p.value, winners: [s] });
  });
  const best = candidates.reduce<(typeof candidates)[number] | null>(
    (a, b) => (a === null || b.value > a.value ? b : a),
    null,
  );
  if (best === null) return;
  const value = Math.max(min, Math.min(max, best.value));
  if (value >= fleet.desired) return;
  const from = fleet.desired;
  for (const s of best.winners) {
    s.lastIn = now;
    s.inStreak = 0;
  }
  setDesired(fleet, value, now, startMs);
  const policy =
    best.winners.length === 1 && best.winners[0]?.p.type === 'StepScaling' ? best.winners[0].name : '';
  events.push({
    time: now,
    code: 'SCALE_IN',
    message: `Scale in from ${from} to ${value} tasks${policy ? ` (${policy})` : ''}.`,
    params: { from, to: value, policy },
  });
}

function readLoad(load: AutoScalingOptions['load'], steps: number): (t: number, i: number) => number {
  if (typeof load === 'function') {
    return (t) => requireNumber(load(t), 'load', 0, 1e7);
  }
  if (!isList(load) || load.length < steps) {
    throw new SimInputError(
      'INVALID_VALUE',
      'load',
      `load must be a function or an array with at least ${steps} values (one per step).`,
    );
  }
  load.forEach((v, i) => requireNumber(v, `load[${i}]`, 0, 1e7));
  return (_t, i) => load[i] ?? 0;
}

function scheduledRuns(
  a: ScheduledAction,
  i: number,
  from: number,
  to: number,
): { time: number; order: number; name: string; min?: number; max?: number }[] {
  const f = `scheduledActions[${i}]`;
  requireObject(a, f);
  if (typeof a.name !== 'string' || a.name.length === 0)
    throw new SimInputError('INVALID_VALUE', `${f}.name`, `${f}.name is required.`);
  const tz = a.timezone === undefined ? 'UTC' : validateTimeZone(a.timezone, `${f}.timezone`);
  if (a.minCapacity === undefined && a.maxCapacity === undefined) {
    throw new SimInputError('INVALID_VALUE', f, `${f} must set minCapacity, maxCapacity or both.`);
  }
  if (a.minCapacity !== undefined) requireInteger(a.minCapacity, `${f}.minCapacity`, 0, MAX_CAPACITY);
  if (a.maxCapacity !== undefined) requireInteger(a.maxCapacity, `${f}.maxCapacity`, 0, MAX_CAPACITY);
  if (a.minCapacity !== undefined && a.maxCapacity !== undefined && a.minCapacity > a.maxCapacity) {
    throw new SimInputError(
      'OUT_OF_RANGE',
      `${f}.minCapacity`,
      `${f}.minCapacity (${a.minCapacity}) must not exceed its maxCapacity (${a.maxCapacity}).`,
    );
  }
  let times: number[];
  try {
    times = nextScheduleTimes(a.schedule, from, to, tz);
  } catch (e) {
    if (e instanceof SimInputError)
      throw new SimInputError(e.code, `${f}.schedule`, e.message.replace(/^schedule/, `${f}.schedule`));
    throw e;
  }
  return times.map((time) => ({
    time,
    order: i,
    name: a.name,
    ...(a.minCapacity === undefined ? {} : { min: a.minCapacity }),
    ...(a.maxCapacity === undefined ? {} : { max: a.maxCapacity }),
  }));
}
