/**
 * Moves simulated time: steps every task, runs the service scheduler, evaluates auto scaling once
 * a minute and fires scheduled actions. Time advances in 5-second ticks (our model's resolution).
 */
import { evaluateScaling, runScheduledActions } from './scaling.ts';
import { findTaskDefinition } from './resources.ts';
import { reconcileService } from './service-scheduler.ts';
import type { EmulatorState, TaskState } from './state.ts';
import { stepTask, type TaskChange } from './task-lifecycle.ts';

/** Seconds per scheduler tick. */
export const TICK_SECONDS = 5;
/** The longest single advance accepted (7 days). */
export const MAX_ADVANCE_SECONDS = 7 * 24 * 3600;

function serviceKey(clusterArn: string, serviceName: string): string {
  return `${clusterArn}|${serviceName}`;
}

/**
 * One scheduler tick at `state.now`. Returns when the next tick has work: at once while a service
 * is changing, otherwise when the next task changes by itself.
 */
export function tick(state: EmulatorState): number {
  const changes = new Map<string, TaskChange[]>();
  const byService = new Map<string, TaskState[]>();
  let dropped = false;
  const tdCache = new Map<string, ReturnType<typeof findTaskDefinition>>();
  for (const task of state.tasks) {
    if (task.nextAt <= state.now) {
      let td = tdCache.get(task.taskDefinitionArn);
      if (td === undefined && !tdCache.has(task.taskDefinitionArn)) {
        td = findTaskDefinition(state, task.taskDefinitionArn);
        tdCache.set(task.taskDefinitionArn, td);
      }
      const out: TaskChange[] = [];
      if (!stepTask(state, task, td, out)) {
        task.taskArn = '';
        dropped = true;
        continue;
      }
      if (out.length > 0 && task.serviceName !== undefined) {
        const key = serviceKey(task.clusterArn, task.serviceName);
        const list = changes.get(key);
        if (list) list.push(...out);
        else changes.set(key, out);
      }
    }
    if (task.serviceName !== undefined && task.desiredStatus === 'RUNNING') {
      const key = serviceKey(task.clusterArn, task.serviceName);
      const list = byService.get(key);
      if (list) list.push(task);
      else byService.set(key, [task]);
    }
  }
  if (dropped) state.tasks = state.tasks.filter((t) => t.taskArn !== '');
  let busy = false;
  for (const svc of state.services) {
    if (svc.status === 'INACTIVE') continue;
    const key = serviceKey(svc.clusterArn, svc.serviceName);
    const tasks = byService.get(key) ?? [];
    const happened = changes.get(key) ?? [];
    const primary = svc.deployments[0];
    const idle =
      happened.length === 0 &&
      svc.steadyReported &&
      svc.deployments.length === 1 &&
      primary?.rolloutState !== 'IN_PROGRESS' &&
      tasks.length === svc.desiredCount;
    if (!idle) {
      busy = true;
      reconcileService(state, svc, tasks, happened);
    }
    if (svc.status === 'DRAINING' && tasks.length === 0) svc.status = 'INACTIVE';
  }
  if (busy) return state.now;
  let next = Number.MAX_SAFE_INTEGER;
  for (const t of state.tasks) if (t.nextAt < next) next = t.nextAt;
  return next;
}

/**
 * Advances simulated time by `seconds`, tick by tick. Ticks where nothing is due (every service
 * steady, no task changing, no scaling) are skipped: the result is the same, only faster.
 */
export function advanceTime(state: EmulatorState, seconds: number): void {
  const end = state.now + Math.round(seconds * 1000);
  let wake = Number.NEGATIVE_INFINITY;
  while (state.now < end) {
    const from = state.now;
    state.now = Math.min(end, state.now + TICK_SECONDS * 1000);
    let changed = runScheduledActions(state, from, state.now);
    if (Math.floor(state.now / 60_000) > Math.floor(from / 60_000))
      changed = evaluateScaling(state) || changed;
    if (changed || state.now >= wake) wake = tick(state);
  }
}
