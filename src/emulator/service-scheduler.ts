/**
 * The service scheduler: keeps each service at its desired count, rolls deployments within
 * minimumHealthyPercent / maximumPercent, trips the circuit breaker, bakes blue/green
 * deployments and writes service events. Limits and the breaker threshold come from `src/sim`;
 * the event texts follow https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages.html
 * (the started/stopped/deployment texts are the forms the ECS console and API show; their exact
 * wording beyond the documented steady-state message is our model: assumption `emulator-event-text`).
 */
import {
  circuitBreakerThreshold,
  deploymentLimits,
  splitTasks,
  stuckConfigurationMessage,
  type CapacityProviderStrategyItem,
} from '../sim/index.ts';
import { digitId, ecsArn, nameOf } from './ids.ts';
import { addEvent, findTaskDefinition } from './resources.ts';
import type { DeploymentState, EmulatorState, ServiceState, TaskState } from './state.ts';
import { isHealthy, launchTask, stopTask, type TaskChange } from './task-lifecycle.ts';

/** Starts a deployment of `taskDefinitionArn`; the previous PRIMARY becomes ACTIVE. */
export function startDeployment(
  state: EmulatorState,
  svc: ServiceState,
  taskDefinitionArn: string,
): DeploymentState {
  const clusterName = nameOf(svc.clusterArn);
  const id = `ecs-svc/${digitId(state, 19)}`;
  const previous = svc.deployments.find((d) => d.status === 'PRIMARY');
  for (const d of svc.deployments) if (d.status === 'PRIMARY') d.status = 'ACTIVE';
  const dep: DeploymentState = {
    id,
    status: 'PRIMARY',
    taskDefinition: taskDefinitionArn,
    desiredCount: svc.desiredCount,
    failedTasks: 0,
    createdAt: state.now,
    updatedAt: state.now,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: 'ECS deployment ' + id + ' in progress.',
    serviceDeploymentArn: ecsArn(
      state,
      `service-deployment/${clusterName}/${svc.serviceName}/${id.slice(8)}`,
    ),
    sourceTaskDefinition: previous?.taskDefinition ?? null,
    sdStatus: 'IN_PROGRESS',
    consecutiveFailures: 0,
  };
  svc.deployments.unshift(dep);
  svc.taskDefinition = taskDefinitionArn;
  svc.steadyReported = false;
  return dep;
}

/** Moves finished deployments to the service's history (INACTIVE, 20 most recent kept). */
export function retire(svc: ServiceState, deployments: DeploymentState[]): void {
  for (const d of deployments) {
    d.status = 'INACTIVE';
    svc.history.unshift(d);
  }
  if (svc.history.length > 20) svc.history.length = 20;
}

function providerFor(svc: ServiceState, tasks: TaskState[]): string | undefined {
  if (svc.capacityProviderStrategy.length === 0) return undefined;
  const strategy: CapacityProviderStrategyItem[] = svc.capacityProviderStrategy.map((s) => ({
    capacityProvider: s.capacityProvider,
    weight: s.weight ?? 0,
    base: s.base ?? 0,
  }));
  const counts: Record<string, number> = {};
  for (const t of tasks) {
    const p = t.capacityProviderName ?? '';
    counts[p] = (counts[p] ?? 0) + 1;
  }
  try {
    const split = splitTasks(strategy, tasks.length + 1);
    for (const s of strategy) {
      if ((split[s.capacityProvider] ?? 0) > (counts[s.capacityProvider] ?? 0)) return s.capacityProvider;
    }
  } catch {
    // An invalid strategy was refused at CreateService; fall through to the first provider.
  }
  return strategy[0]?.capacityProvider;
}

function launchFor(
  state: EmulatorState,
  svc: ServiceState,
  dep: DeploymentState,
  active: TaskState[],
): TaskState | undefined {
  const td = findTaskDefinition(state, dep.taskDefinition);
  if (td === undefined) return undefined;
  const provider = providerFor(svc, active);
  const task = launchTask(state, {
    clusterArn: svc.clusterArn,
    td,
    taskDefinitionArn: dep.taskDefinition,
    group: `service:${svc.serviceName}`,
    launchType: svc.launchType ?? (provider?.startsWith('FARGATE') === true ? 'FARGATE' : 'FARGATE'),
    ...(provider !== undefined ? { capacityProviderName: provider } : {}),
    serviceName: svc.serviceName,
    deploymentId: dep.id,
    startedBy: dep.id,
  });
  state.tasks.push(task);
  active.push(task);
  return task;
}

/** Seconds the scheduler waits before relaunching after repeated start failures (assumption `emulator-launch-backoff`). */
export function launchBackoffSeconds(consecutiveFailures: number): number {
  return consecutiveFailures < 3 ? 0 : Math.min(300, 15 * 2 ** (consecutiveFailures - 3));
}

function shortId(task: TaskState): string {
  return nameOf(task.taskArn);
}

function scaleInStop(state: EmulatorState, task: TaskState, dep: DeploymentState | undefined): void {
  stopTask(state, task, {
    stoppedReason: `Scaling activity initiated by (deployment ${dep?.id ?? 'unknown'})`,
    stopCode: 'ServiceSchedulerInitiated',
  });
}

/** Orders tasks so that the ones stopped first are those not yet healthy, then the newest. */
function stopOrder(now: number) {
  return (a: TaskState, b: TaskState): number =>
    Number(isHealthy(a, now)) - Number(isHealthy(b, now)) || b.createdAt - a.createdAt;
}

function failDeployment(state: EmulatorState, svc: ServiceState, dep: DeploymentState): void {
  dep.rolloutState = 'FAILED';
  dep.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.';
  dep.updatedAt = state.now;
  dep.finishedAt = state.now;
  addEvent(
    state,
    svc,
    `(service ${svc.serviceName}) (deployment ${dep.id}) deployment failed: tasks failed to start.`,
  );
  const cb = svc.deploymentConfiguration.deploymentCircuitBreaker;
  const previous = svc.deployments.find((d) => d !== dep && d.status === 'ACTIVE');
  if (!cb.rollback || previous === undefined) {
    dep.sdStatus = 'STOPPED';
    return;
  }
  // The rollback makes the last deployment PRIMARY again; the failed one's tasks are stopped.
  dep.sdStatus = 'ROLLBACK_IN_PROGRESS';
  dep.rolledBackTo = previous.id;
  dep.status = 'ACTIVE';
  previous.status = 'PRIMARY';
  previous.rolloutState = 'IN_PROGRESS';
  previous.rolloutStateReason = `ECS deployment ${previous.id} in progress.`;
  previous.updatedAt = state.now;
  svc.deployments = [previous, ...svc.deployments.filter((d) => d !== previous)];
  svc.taskDefinition = previous.taskDefinition;
  for (const t of state.tasks)
    if (t.deploymentId === dep.id && t.desiredStatus === 'RUNNING') scaleInStop(state, t, previous);
  addEvent(state, svc, `(service ${svc.serviceName}) rolling back to deployment ${previous.id}.`);
  svc.steadyReported = false;
}

/** Records task changes on their deployments (failures for the breaker) and writes stop events. */
function noteChanges(state: EmulatorState, svc: ServiceState, changes: TaskChange[]): void {
  for (const c of changes) {
    const dep = svc.deployments.find((d) => d.id === c.task.deploymentId);
    if (c.kind === 'healthy' && dep !== undefined) dep.consecutiveFailures = 0;
    if (c.kind === 'unhealthy' && c.task.desiredStatus === 'RUNNING') {
      stopTask(state, c.task, {
        stoppedReason: 'Task failed container health checks',
        stopCode: 'ServiceSchedulerInitiated',
        exitCode: 137,
      });
      addEvent(
        state,
        svc,
        `(service ${svc.serviceName}) (task ${shortId(c.task)}) failed container health checks.`,
      );
    }
    if ((c.kind === 'failed' || c.kind === 'unhealthy') && dep !== undefined) {
      dep.failedTasks += 1;
      dep.consecutiveFailures += 1;
      dep.updatedAt = state.now;
      if (dep.consecutiveFailures === 3)
        addEvent(
          state,
          svc,
          `(service ${svc.serviceName}) is unable to consistently start tasks successfully.`,
        );
      const cb = svc.deploymentConfiguration.deploymentCircuitBreaker;
      if (
        cb.enable &&
        dep.status === 'PRIMARY' &&
        dep.rolloutState === 'IN_PROGRESS' &&
        dep.failedTasks >= circuitBreakerThreshold(Math.min(svc.desiredCount, 100_000))
      ) {
        failDeployment(state, svc, dep);
      }
    }
    if (c.kind === 'failed' || c.kind === 'exited' || c.kind === 'unhealthy') svc.steadyReported = false;
  }
}

/** Writes the "has stopped" event for the tasks the scheduler stopped in this pass. */
function reportStopped(state: EmulatorState, svc: ServiceState, tasks: TaskState[]): void {
  const stopped = tasks.filter(
    (t) =>
      t.desiredStatus === 'STOPPED' &&
      t.stoppingAt === state.now &&
      t.stop?.stopCode === 'ServiceSchedulerInitiated' &&
      !t.stopReported,
  );
  if (stopped.length === 0) return;
  for (const t of stopped) t.stopReported = true;
  addEvent(
    state,
    svc,
    `(service ${svc.serviceName}) has stopped ${stopped.length} running tasks: ${stopped.map((t) => `(task ${shortId(t)})`).join(' ')}.`,
  );
}

function rollTasks(
  state: EmulatorState,
  svc: ServiceState,
  primary: DeploymentState,
  active: TaskState[],
): TaskState[] {
  const now = state.now;
  const desired = svc.desiredCount;
  const cfg = svc.deploymentConfiguration;
  const blueGreen = cfg.strategy === 'BLUE_GREEN' && svc.deployments.length > 1;
  const limits = deploymentLimits(desired, cfg.minimumHealthyPercent, cfg.maximumPercent);
  const mine = active.filter((t) => t.deploymentId === primary.id);
  const others = active.filter((t) => t.deploymentId !== primary.id);
  const started: TaskState[] = [];
  // Scale in the primary when it has more than desired.
  if (mine.length > desired) {
    for (const t of [...mine].sort(stopOrder(now)).slice(0, mine.length - desired))
      scaleInStop(state, t, primary);
  }
  // Old tasks: those not healthy go at once; healthy ones while the healthy floor holds.
  if (!blueGreen) {
    let healthy = active.filter((t) => t.desiredStatus === 'RUNNING' && isHealthy(t, now)).length;
    for (const t of [...others].sort(stopOrder(now))) {
      if (!isHealthy(t, now)) scaleInStop(state, t, primary);
      else if (healthy - 1 >= limits.minHealthy) {
        scaleInStop(state, t, primary);
        healthy -= 1;
      }
    }
  }
  const running = active.filter((t) => t.desiredStatus === 'RUNNING');
  const mineNow = running.filter((t) => t.deploymentId === primary.id).length;
  const ceiling = blueGreen ? Number.POSITIVE_INFINITY : limits.maxRunning;
  const lastFailure = state.tasks.reduce(
    (m, t) => (t.deploymentId === primary.id && t.stoppingAt !== undefined ? Math.max(m, t.stoppingAt) : m),
    0,
  );
  const backoff = launchBackoffSeconds(primary.consecutiveFailures) * 1000;
  const canLaunch = backoff === 0 || lastFailure + backoff <= now;
  let room = Math.min(desired - mineNow, ceiling - running.length);
  while (canLaunch && room > 0 && primary.rolloutState !== 'FAILED') {
    const t = launchFor(state, svc, primary, running);
    if (t === undefined) break;
    started.push(t);
    room -= 1;
  }
  if (limits.stuck && others.length > 0 && mineNow === 0 && started.length === 0) {
    const msg = stuckConfigurationMessage(svc.serviceName);
    if (svc.events[0]?.message !== msg) addEvent(state, svc, msg);
  }
  return started;
}

function completeIfDone(
  state: EmulatorState,
  svc: ServiceState,
  primary: DeploymentState,
  active: TaskState[],
): void {
  const now = state.now;
  const mine = active.filter((t) => t.deploymentId === primary.id && t.desiredStatus === 'RUNNING');
  const othersLeft = active.some((t) => t.deploymentId !== primary.id && t.desiredStatus === 'RUNNING');
  const allHealthy = mine.length === svc.desiredCount && mine.every((t) => isHealthy(t, now));
  if (!allHealthy) return;
  const cfg = svc.deploymentConfiguration;
  if (cfg.strategy === 'BLUE_GREEN' && othersLeft && primary.rolloutState === 'IN_PROGRESS') {
    if (primary.bakeStartedAt === undefined) {
      primary.bakeStartedAt = now;
      addEvent(
        state,
        svc,
        `(service ${svc.serviceName}) (deployment ${primary.id}) shifted production traffic to the green revision; bake time of ${cfg.bakeTimeInMinutes} minutes started.`,
      );
    }
    if (primary.bakeStartedAt + cfg.bakeTimeInMinutes * 60_000 > now) return;
    for (const t of active)
      if (t.deploymentId !== primary.id && t.desiredStatus === 'RUNNING') scaleInStop(state, t, primary);
  } else if (othersLeft) return;
  if (primary.rolloutState === 'IN_PROGRESS') {
    primary.rolloutState = 'COMPLETED';
    primary.rolloutStateReason = `ECS deployment ${primary.id} completed.`;
    primary.updatedAt = now;
    primary.finishedAt = now;
    if (primary.sdStatus === 'IN_PROGRESS') primary.sdStatus = 'SUCCESSFUL';
    addEvent(state, svc, `(service ${svc.serviceName}) (deployment ${primary.id}) deployment completed.`);
  }
  for (const d of svc.deployments) {
    if (d.sdStatus === 'ROLLBACK_IN_PROGRESS') d.sdStatus = 'ROLLBACK_SUCCESSFUL';
  }
  retire(
    svc,
    svc.deployments.filter((d) => d !== primary),
  );
  svc.deployments = [primary];
  if (!svc.steadyReported) {
    addEvent(state, svc, `(service ${svc.serviceName}) has reached a steady state.`);
    svc.steadyReported = true;
  }
}

/** One scheduler pass over a service, given its tasks and what happened to them this step. */
export function reconcileService(
  state: EmulatorState,
  svc: ServiceState,
  tasks: TaskState[],
  changes: TaskChange[],
): void {
  noteChanges(state, svc, changes);
  if (svc.status !== 'ACTIVE') {
    for (const t of tasks) if (t.desiredStatus === 'RUNNING') scaleInStop(state, t, svc.deployments[0]);
    reportStopped(state, svc, tasks);
    return;
  }
  const primary = svc.deployments.find((d) => d.status === 'PRIMARY');
  if (primary === undefined) return;
  primary.desiredCount = svc.desiredCount;
  const active = tasks.filter((t) => t.desiredStatus === 'RUNNING');
  const started = rollTasks(state, svc, primary, active);
  reportStopped(state, svc, tasks);
  if (started.length > 0) {
    svc.steadyReported = false;
    addEvent(
      state,
      svc,
      `(service ${svc.serviceName}) has started ${started.length} tasks: ${started.map((t) => `(task ${shortId(t)})`).join(' ')}.`,
    );
  }
  completeIfDone(state, svc, primary, [...active.filter((t) => t.desiredStatus === 'RUNNING'), ...started]);
  reportStopped(state, svc, tasks);
}
