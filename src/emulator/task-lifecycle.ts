/**
 * The life of one task: PROVISIONING → PENDING → RUNNING → (DEPROVISIONING →) STOPPED, with the
 * health status and the stop reasons of its fate. Durations are our model (assumption
 * `emulator-task-timing` in assumptions.ts); the states and stop codes are AWS's
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle-explanation.html).
 */
import { DEPROVISIONING_SECONDS, NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS } from '../sim/index.ts';
import { findImage } from './images.ts';
import { ecsArn, hexId, nextRandom } from './ids.ts';
import { str } from './input.ts';
import type { EmulatorState, StopInfo, TaskDefinitionState, TaskState } from './state.ts';
import { checkedContainer, containersOf, decideFate, healthCheckOf } from './task-fate.ts';

/** Seconds from PROVISIONING to PENDING (our model: the network interface is attached). */
export const PROVISIONING_SECONDS = 10;
/** Seconds a pull is retried before CannotPullContainerError (our model). */
export const FAILED_PULL_SECONDS = 30;
/** Stopped tasks stay visible for at least an hour (documented); we drop them after one hour. */
export const STOPPED_TASK_RETENTION_MS = 3_600_000;

/** A time that never comes (finite, so snapshots survive JSON). */
export const NEVER = 8.64e15;

/** What happened to a task during a step. */
export interface TaskChange {
  kind: 'healthy' | 'unhealthy' | 'failed' | 'exited' | 'stopped';
  task: TaskState;
}

/** Options of a new task. */
export interface LaunchOptions {
  clusterArn: string;
  td: TaskDefinitionState;
  taskDefinitionArn: string;
  group: string;
  launchType: string;
  capacityProviderName?: string;
  serviceName?: string;
  deploymentId?: string;
  startedBy?: string;
}

const ZONES = ['a', 'c', 'd'];

/** Creates a task in PROVISIONING (it is added to the state by the caller). */
export function launchTask(state: EmulatorState, o: LaunchOptions): TaskState {
  const clusterName = o.clusterArn.slice(o.clusterArn.lastIndexOf('/') + 1);
  const zone = ZONES[Math.floor(nextRandom(state) * ZONES.length)] ?? 'a';
  const task: TaskState = {
    taskArn: ecsArn(state, `task/${clusterName}/${hexId(state, 32)}`),
    clusterArn: o.clusterArn,
    taskDefinitionArn: o.taskDefinitionArn,
    group: o.group,
    launchType: o.launchType,
    lastStatus: 'PROVISIONING',
    desiredStatus: 'RUNNING',
    healthStatus: 'UNKNOWN',
    createdAt: state.now,
    nextAt: state.now + PROVISIONING_SECONDS * 1000,
    fate: decideFate(state, o.td),
    cpu: str(o.td.input, 'cpu') ?? '256',
    memory: str(o.td.input, 'memory') ?? '512',
    availabilityZone: `${state.region}${zone}`,
    privateIp: `10.0.${Math.floor(nextRandom(state) * 200) + 10}.${Math.floor(nextRandom(state) * 250) + 2}`,
  };
  if (o.capacityProviderName !== undefined) task.capacityProviderName = o.capacityProviderName;
  if (o.serviceName !== undefined) task.serviceName = o.serviceName;
  if (o.deploymentId !== undefined) task.deploymentId = o.deploymentId;
  if (o.startedBy !== undefined) task.startedBy = o.startedBy;
  return task;
}

/** Asks a task to stop (DEPROVISIONING for a few seconds, then STOPPED). */
export function stopTask(state: EmulatorState, task: TaskState, info: StopInfo): void {
  if (task.desiredStatus === 'STOPPED') return;
  task.desiredStatus = 'STOPPED';
  task.stop = info;
  task.stoppingAt = state.now;
  task.lastStatus = 'DEPROVISIONING';
  task.nextAt = state.now + DEPROVISIONING_SECONDS * 1000;
}

/** True when a task counts as healthy for deployments (RUNNING, past its health checks). */
export function isHealthy(task: TaskState, now: number): boolean {
  return (
    task.desiredStatus === 'RUNNING' &&
    task.lastStatus === 'RUNNING' &&
    task.healthyAt !== undefined &&
    task.healthyAt <= now &&
    task.healthStatus !== 'UNHEALTHY'
  );
}

function pullSeconds(td: TaskDefinitionState): number {
  return Math.max(5, ...containersOf(td).map((c) => findImage(c.image)?.pullSeconds ?? 0));
}

/** Health timing of a started task: when it becomes healthy or unhealthy (our model of check cadence). */
function planHealth(task: TaskState, td: TaskDefinitionState, started: number): void {
  const fate = task.fate;
  const name = fate.kind === 'unhealthy' || fate.kind === 'slow' ? fate.container : checkedContainer(td);
  const hc = name === undefined ? undefined : healthCheckOf(td, name);
  const interval = Math.max(1, hc?.interval ?? 30);
  if (hc === undefined) {
    task.healthyAt = started + NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS * 1000;
    return;
  }
  if (fate.kind === 'unhealthy') {
    const firstCounted = Math.floor(hc.startPeriod / interval) + 1;
    task.unhealthyAt = started + (firstCounted + hc.retries - 1) * interval * 1000;
    return;
  }
  if (fate.kind === 'slow') {
    let failures = 0;
    for (let k = 1; k < 1000; k += 1) {
      const at = k * interval;
      if (at >= fate.readySeconds) {
        task.healthyAt = started + at * 1000;
        return;
      }
      if (at > hc.startPeriod) failures += 1;
      if (failures >= hc.retries) {
        task.unhealthyAt = started + at * 1000;
        return;
      }
    }
  }
  task.healthyAt = started + interval * 1000;
}

function failToStart(state: EmulatorState, task: TaskState, reason: string): void {
  stopTask(state, task, { stoppedReason: reason, stopCode: 'TaskFailedToStart' });
}

function startRunning(state: EmulatorState, task: TaskState, td: TaskDefinitionState): void {
  task.lastStatus = 'RUNNING';
  task.pullStoppedAt = state.now;
  task.startedAt = state.now;
  planHealth(task, td, state.now);
}

/** When the running task next changes by itself. */
function nextRunningChange(task: TaskState, now: number): number {
  const times: number[] = [];
  if (task.healthStatus === 'UNKNOWN' && task.healthyAt !== undefined) times.push(task.healthyAt);
  if (task.healthStatus !== 'UNHEALTHY' && task.unhealthyAt !== undefined) times.push(task.unhealthyAt);
  const f = task.fate;
  if ((f.kind === 'exits' || f.kind === 'oom') && task.startedAt !== undefined)
    times.push(task.startedAt + f.afterSeconds * 1000);
  const future = times.filter((t) => t > now);
  return future.length === 0 ? NEVER : Math.min(...future);
}

function stepRunning(
  state: EmulatorState,
  task: TaskState,
  td: TaskDefinitionState,
  out: TaskChange[],
): void {
  const f = task.fate;
  const startedAt = task.startedAt ?? state.now;
  if ((f.kind === 'exits' || f.kind === 'oom') && startedAt + f.afterSeconds * 1000 <= state.now) {
    const oom = f.kind === 'oom';
    stopTask(state, task, {
      stoppedReason: 'Essential container in task exited',
      stopCode: 'EssentialContainerExited',
      exitCode: oom ? 137 : f.exitCode,
      ...(oom ? { containerReason: 'OutOfMemoryError: Container killed due to memory usage' } : {}),
    });
    out.push({
      kind: task.healthyAt !== undefined && task.healthyAt <= state.now ? 'exited' : 'failed',
      task,
    });
    return;
  }
  if (task.unhealthyAt !== undefined && task.unhealthyAt <= state.now && task.healthStatus !== 'UNHEALTHY') {
    task.healthStatus = 'UNHEALTHY';
    out.push({ kind: 'unhealthy', task });
  } else if (task.healthyAt !== undefined && task.healthyAt <= state.now && task.healthStatus === 'UNKNOWN') {
    if (checkedContainer(td) !== undefined) task.healthStatus = 'HEALTHY';
    else task.healthStatus = 'UNKNOWN';
    out.push({ kind: 'healthy', task });
    // A task without a health check stays UNKNOWN; mark that it was counted.
    if (task.healthStatus === 'UNKNOWN') task.healthyAt = Math.min(task.healthyAt, state.now);
  }
  task.nextAt = nextRunningChange(task, state.now);
}

/**
 * Moves one task forward to `state.now`, appending what happened to `out`. Returns false when the
 * task should be dropped (stopped for longer than the retention).
 */
export function stepTask(
  state: EmulatorState,
  task: TaskState,
  td: TaskDefinitionState | undefined,
  out: TaskChange[],
): boolean {
  for (let guard = 0; guard < 8 && task.nextAt <= state.now; guard += 1) {
    if (task.lastStatus === 'STOPPED') {
      return (task.stoppedAt ?? state.now) + STOPPED_TASK_RETENTION_MS > state.now;
    }
    if (task.desiredStatus === 'STOPPED' || td === undefined) {
      task.lastStatus = 'STOPPED';
      task.desiredStatus = 'STOPPED';
      task.stoppedAt = state.now;
      task.nextAt = state.now + STOPPED_TASK_RETENTION_MS;
      out.push({ kind: 'stopped', task });
      continue;
    }
    if (task.lastStatus === 'PROVISIONING') {
      if (task.fate.kind === 'init-error') {
        failToStart(state, task, task.fate.message);
        out.push({ kind: 'failed', task });
        continue;
      }
      task.lastStatus = 'PENDING';
      task.pullStartedAt = state.now;
      task.nextAt =
        state.now + (task.fate.kind === 'pull-error' ? FAILED_PULL_SECONDS : pullSeconds(td)) * 1000;
      continue;
    }
    if (task.lastStatus === 'PENDING') {
      if (task.fate.kind === 'pull-error') {
        const ref = task.fate.image;
        failToStart(
          state,
          task,
          `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ref}: ${ref}: not found`,
        );
        out.push({ kind: 'failed', task });
        continue;
      }
      startRunning(state, task, td);
      task.nextAt = nextRunningChange(task, state.now);
      continue;
    }
    stepRunning(state, task, td, out);
  }
  return true;
}
