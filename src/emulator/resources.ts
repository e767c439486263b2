/** Finding clusters, task definitions and services by name or ARN, with AWS's not-found errors. */
import { AwsServiceError, clientError } from './errors.ts';
import { ecsArn, hexId, nameOf } from './ids.ts';
import type { ClusterState, EmulatorState, ServiceState, TaskDefinitionState } from './state.ts';

/** The ARN of a task definition revision. */
export function taskDefinitionArn(state: EmulatorState, td: TaskDefinitionState): string {
  return ecsArn(state, `task-definition/${td.family}:${td.revision}`);
}

/** A task definition by `family`, `family:revision` or ARN; `family` alone means its latest ACTIVE revision. */
export function findTaskDefinition(state: EmulatorState, ref: string): TaskDefinitionState | undefined {
  const plain = ref.startsWith('arn:') ? ref.slice(ref.indexOf('task-definition/') + 16) : ref;
  const colon = plain.lastIndexOf(':');
  if (colon > 0) {
    const family = plain.slice(0, colon);
    const revision = Number(plain.slice(colon + 1));
    return state.taskDefinitions.find((t) => t.family === family && t.revision === revision);
  }
  let latest: TaskDefinitionState | undefined;
  for (const t of state.taskDefinitions) {
    if (t.family === plain && t.status === 'ACTIVE' && (latest === undefined || t.revision > latest.revision))
      latest = t;
  }
  return latest;
}

/** Like {@link findTaskDefinition}, throwing AWS's error when missing. */
export function requireTaskDefinition(state: EmulatorState, ref: string): TaskDefinitionState {
  const td = findTaskDefinition(state, ref);
  if (td === undefined) clientError('Unable to describe task definition.');
  return td;
}

/** An ACTIVE cluster by name or ARN (default: `default`), or a `ClusterNotFoundException`. */
export function requireCluster(state: EmulatorState, ref: string | undefined): ClusterState {
  const name = nameOf(ref ?? 'default');
  const c = state.clusters.find((x) => x.clusterName === name && x.status === 'ACTIVE');
  if (c === undefined) throw new AwsServiceError('ClusterNotFoundException', 'Cluster not found.');
  return c;
}

/** A service of a cluster by name or ARN (not INACTIVE), or a `ServiceNotFoundException`. */
export function requireService(state: EmulatorState, cluster: ClusterState, ref: string): ServiceState {
  const s = findService(state, cluster, ref);
  if (s === undefined || s.status === 'INACTIVE')
    throw new AwsServiceError('ServiceNotFoundException', 'Service not found.');
  return s;
}

/** A service of a cluster by name or ARN, in any status. */
export function findService(
  state: EmulatorState,
  cluster: ClusterState,
  ref: string,
): ServiceState | undefined {
  const name = nameOf(ref);
  return state.services.find(
    (s) => s.clusterArn === cluster.clusterArn && s.serviceName === name && s.status !== 'INACTIVE',
  );
}

/** A UUID-shaped id from the seeded generator. */
export function uuid(state: EmulatorState): string {
  const h = hexId(state, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** Adds a service event (newest first, the 100 most recent kept). */
export function addEvent(state: EmulatorState, service: ServiceState, message: string): void {
  service.events.unshift({ id: uuid(state), createdAt: state.now, message });
  if (service.events.length > 100) service.events.length = 100;
}
