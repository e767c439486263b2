/** Readers of the emulator state that lab goals use. */
import type { EmulatorState, ServiceState, TaskState } from '../emulator/index.ts';

/** An ACTIVE service of a cluster. */
export function serviceOf(
  state: Readonly<EmulatorState>,
  cluster: string,
  name: string,
): ServiceState | undefined {
  return state.services.find(
    (s) => s.status === 'ACTIVE' && s.serviceName === name && s.clusterArn.endsWith(`:cluster/${cluster}`),
  );
}

/** The service's tasks that are RUNNING and meant to be. */
export function runningTasks(state: Readonly<EmulatorState>, svc: ServiceState): TaskState[] {
  return state.tasks.filter(
    (t) =>
      t.clusterArn === svc.clusterArn &&
      t.serviceName === svc.serviceName &&
      t.desiredStatus === 'RUNNING' &&
      t.lastStatus === 'RUNNING',
  );
}

/** The image of the first container of a task definition revision (by ARN). */
export function imageOf(state: Readonly<EmulatorState>, taskDefinitionArn: string): string | undefined {
  const ref = taskDefinitionArn.slice(taskDefinitionArn.indexOf('task-definition/') + 16);
  const [family, revision] = ref.split(':');
  const td = state.taskDefinitions.find((t) => t.family === family && t.revision === Number(revision));
  const defs = td?.input['containerDefinitions'];
  const first = Array.isArray(defs) ? (defs[0] as Record<string, unknown> | undefined) : undefined;
  return typeof first?.['image'] === 'string' ? first['image'] : undefined;
}

/**
 * True when a service is steady: one COMPLETED deployment, `count` tasks running and past their
 * health checks (when `count` is omitted, the desired count, which must be above zero).
 */
export function isSteady(
  state: Readonly<EmulatorState>,
  svc: ServiceState | undefined,
  count?: number,
): boolean {
  if (svc === undefined) return false;
  const want = count ?? svc.desiredCount;
  const primary = svc.deployments[0];
  const healthy = runningTasks(state, svc).filter(
    (t) => t.healthyAt !== undefined && t.healthyAt <= state.now,
  );
  return (
    want > 0 &&
    svc.desiredCount === want &&
    svc.deployments.length === 1 &&
    primary?.rolloutState === 'COMPLETED' &&
    healthy.length === want
  );
}

/** True when the service is steady and runs `image`. */
export function runsImage(
  state: Readonly<EmulatorState>,
  svc: ServiceState | undefined,
  image: string,
  count?: number,
): boolean {
  return svc !== undefined && isSteady(state, svc, count) && imageOf(state, svc.taskDefinition) === image;
}

/** The JSON text of a file, pretty-printed as a learner would see it. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
