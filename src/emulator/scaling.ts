/**
 * Application Auto Scaling for ECS services: scalable targets, target tracking (evaluated once a
 * minute on the sandbox's CPU model), scheduled actions and scaling activities. The desired count
 * comes from `targetTrackingDesiredCount` in `src/sim`; alarm datapoints (3 above the target to
 * scale out, 15 below 90 % of it to scale in) are our model (assumption `emulator-scale-in-threshold`, and the sim's `tt-datapoints`;
 * AWS does not publish them).
 * @see https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
 */
import { parseSchedule, nextScheduleTimes, targetTrackingDesiredCount } from '../sim/index.ts';
import { hexId } from './ids.ts';
import { uuid } from './resources.ts';
import type { EmulatorState, ScalableTargetState, ScalingPolicyState, ServiceState } from './state.ts';

/** Datapoints above the target before a scale-out (our model). */
export const SCALE_OUT_DATAPOINTS = 3;
/** Datapoints below 90 % of the target before a scale-in (our model). */
export const SCALE_IN_DATAPOINTS = 15;
/** Default cooldowns in seconds (documented default 300 s for ECS). */
export const DEFAULT_COOLDOWN_SECONDS = 300;

/** The service a scalable target's ResourceId names (`service/<cluster>/<service>`). */
export function serviceOfResource(state: EmulatorState, resourceId: string): ServiceState | undefined {
  const m = /^service\/([^/]+)\/([^/]+)$/.exec(resourceId);
  if (m === null) return undefined;
  return state.services.find(
    (s) => s.status === 'ACTIVE' && s.serviceName === m[2] && s.clusterArn.endsWith(`:cluster/${m[1] ?? ''}`),
  );
}

/** Demand on a service in tasks' worth of CPU at 100 % (our traffic model). */
export function demandOf(state: EmulatorState, svc: ServiceState): number | undefined {
  const load = state.loads[svc.serviceArn];
  if (load === undefined) return undefined;
  const inSpike = state.now >= load.spikeAt && state.now < load.spikeAt + load.spikeSeconds * 1000;
  return inSpike ? load.peak : load.base;
}

/** Average CPU utilisation of a service's running tasks, in percent (assumption `emulator-cpu-model`). */
export function cpuOf(state: EmulatorState, svc: ServiceState): number {
  const demand = demandOf(state, svc);
  if (demand === undefined) return 20;
  let running = 0;
  for (const t of state.tasks) {
    if (
      t.serviceName === svc.serviceName &&
      t.clusterArn === svc.clusterArn &&
      t.desiredStatus === 'RUNNING' &&
      t.lastStatus === 'RUNNING'
    )
      running += 1;
  }
  if (running === 0) return demand > 0 ? 100 : 0;
  return Math.min(100, (demand / running) * 100);
}

function record(
  state: EmulatorState,
  target: ScalableTargetState,
  description: string,
  cause: string,
  message: string,
): void {
  state.scalingActivities.unshift({
    ActivityId: uuid(state),
    ServiceNamespace: 'ecs',
    ResourceId: target.ResourceId,
    ScalableDimension: target.ScalableDimension,
    Description: description,
    Cause: cause,
    StartTime: state.now,
    EndTime: state.now,
    StatusCode: 'Successful',
    StatusMessage: message,
  });
  if (state.scalingActivities.length > 200) state.scalingActivities.length = 200;
}

function setDesired(
  state: EmulatorState,
  target: ScalableTargetState,
  svc: ServiceState,
  count: number,
  cause: string,
): void {
  if (count === svc.desiredCount) return;
  svc.desiredCount = count;
  svc.steadyReported = false;
  record(
    state,
    target,
    `Setting desired count to ${count}.`,
    cause,
    `Successfully set desired count to ${count}. Change successfully fulfilled by ecs.`,
  );
}

/** Keeps a service's desired count within its target's min and max (AAS does this on registration). */
export function clampToTarget(state: EmulatorState, target: ScalableTargetState, cause: string): void {
  const svc = serviceOfResource(state, target.ResourceId);
  if (svc === undefined) return;
  const clamped = Math.min(target.MaxCapacity, Math.max(target.MinCapacity, svc.desiredCount));
  setDesired(state, target, svc, clamped, cause);
}

function alarmName(p: ScalingPolicyState, high: boolean): string {
  return `TargetTracking-${p.ResourceId}-Alarm${high ? 'High' : 'Low'}-${p.PolicyARN.slice(-36)}`;
}

function evaluatePolicy(state: EmulatorState, p: ScalingPolicyState): void {
  const cfg = p.TargetTrackingScalingPolicyConfiguration;
  if (p.PolicyType !== 'TargetTrackingScaling' || cfg === undefined) return;
  const target = state.scalableTargets.find(
    (t) => t.ResourceId === p.ResourceId && t.ScalableDimension === p.ScalableDimension,
  );
  const svc = serviceOfResource(state, p.ResourceId);
  if (target === undefined || svc === undefined) return;
  const targetValue = Number(cfg['TargetValue']);
  if (!Number.isFinite(targetValue) || targetValue <= 0) return;
  const spec = cfg['PredefinedMetricSpecification'] as Record<string, unknown> | undefined;
  const metric =
    spec?.['PredefinedMetricType'] === 'ECSServiceAverageMemoryUtilization' ? 30 : cpuOf(state, svc);
  p.high = metric > targetValue ? p.high + 1 : 0;
  p.low = metric < targetValue * 0.9 ? p.low + 1 : 0;
  const running = Math.max(0, svc.desiredCount);
  const wanted = targetTrackingDesiredCount({
    current: running,
    metricValue: metric,
    targetValue,
    minCapacity: target.MinCapacity,
    maxCapacity: target.MaxCapacity,
    disableScaleIn: cfg['DisableScaleIn'] === true,
  });
  const outCooldown = Number(cfg['ScaleOutCooldown'] ?? DEFAULT_COOLDOWN_SECONDS) * 1000;
  const inCooldown = Number(cfg['ScaleInCooldown'] ?? DEFAULT_COOLDOWN_SECONDS) * 1000;
  if (
    p.high >= SCALE_OUT_DATAPOINTS &&
    wanted > svc.desiredCount &&
    (p.lastScaleOutAt === undefined || state.now - p.lastScaleOutAt >= outCooldown)
  ) {
    setDesired(
      state,
      target,
      svc,
      wanted,
      `monitor alarm ${alarmName(p, true)} in state ALARM triggered policy ${p.PolicyName}`,
    );
    p.lastScaleOutAt = state.now;
    p.high = 0;
  } else if (
    p.low >= SCALE_IN_DATAPOINTS &&
    wanted < svc.desiredCount &&
    (p.lastScaleInAt === undefined || state.now - p.lastScaleInAt >= inCooldown) &&
    (p.lastScaleOutAt === undefined || state.now - p.lastScaleOutAt >= inCooldown)
  ) {
    setDesired(
      state,
      target,
      svc,
      wanted,
      `monitor alarm ${alarmName(p, false)} in state ALARM triggered policy ${p.PolicyName}`,
    );
    p.lastScaleInAt = state.now;
    p.low = 0;
  }
}

function fires(schedule: string, created: number, from: number, to: number, tz: string | undefined): boolean {
  try {
    const parsed = parseSchedule(schedule);
    if (parsed.kind === 'rate') {
      const period = parsed.periodMinutes * 60_000;
      return Math.floor((to - created) / period) > Math.floor((from - created) / period);
    }
    return nextScheduleTimes(schedule, from, to, tz ?? 'UTC').length > 0;
  } catch {
    return false;
  }
}

/** Runs scheduled actions whose time falls in [from, to); true when one changed something. */
export function runScheduledActions(state: EmulatorState, from: number, to: number): boolean {
  const before = state.scalingActivities[0]?.ActivityId;
  for (const a of state.scheduledActions) {
    if (a.StartTime !== undefined && to <= a.StartTime) continue;
    if (a.EndTime !== undefined && from > a.EndTime) continue;
    if (!fires(a.Schedule, a.CreationTime, from, to, a.Timezone)) continue;
    const target = state.scalableTargets.find(
      (t) => t.ResourceId === a.ResourceId && t.ScalableDimension === a.ScalableDimension,
    );
    if (target === undefined) continue;
    const min = a.ScalableTargetAction.MinCapacity ?? target.MinCapacity;
    const max = a.ScalableTargetAction.MaxCapacity ?? target.MaxCapacity;
    target.MinCapacity = min;
    target.MaxCapacity = Math.max(min, max);
    const cause = `scheduled action name ${a.ScheduledActionName} was triggered`;
    record(
      state,
      target,
      `Setting min capacity to ${min} and max capacity to ${target.MaxCapacity}`,
      cause,
      'Successfully set min capacity and max capacity.',
    );
    clampToTarget(state, target, cause);
  }
  return state.scalingActivities[0]?.ActivityId !== before;
}

/** Evaluates every target tracking policy once (called every simulated minute). */
export function evaluateScaling(state: EmulatorState): boolean {
  const before = state.scalingActivities[0]?.ActivityId;
  for (const p of state.scalingPolicies) evaluatePolicy(state, p);
  return state.scalingActivities[0]?.ActivityId !== before;
}

/** A new Application Auto Scaling ARN fragment. */
export function aasId(state: EmulatorState): string {
  return hexId(state, 32);
}
