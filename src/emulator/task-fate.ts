/**
 * Decides at launch what will happen to a task, from the images of its containers and its task
 * definition's secrets and execution role. The behaviours are declared by the fictional images
 * (images.ts); the error texts follow the forms AWS documents for stopped tasks
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html).
 */
import { findImage } from './images.ts';
import { str } from './input.ts';
import type { EmulatorState, TaskDefinitionState, TaskFate } from './state.ts';

interface ContainerDef {
  name: string;
  image: string;
  essential: boolean;
  memory?: number;
  secrets: { name: string; valueFrom: string }[];
}

/** The container definitions of a registered task definition, read defensively. */
export function containersOf(td: TaskDefinitionState): ContainerDef[] {
  const list = Array.isArray(td.input['containerDefinitions']) ? td.input['containerDefinitions'] : [];
  return list.map((raw: unknown): ContainerDef => {
    const c = (raw ?? {}) as Record<string, unknown>;
    const secrets = Array.isArray(c['secrets']) ? (c['secrets'] as Record<string, unknown>[]) : [];
    return {
      name: str(c, 'name') ?? '',
      image: str(c, 'image') ?? '',
      essential: c['essential'] !== false,
      ...(typeof c['memory'] === 'number' ? { memory: c['memory'] } : {}),
      secrets: secrets.map((s) => ({
        name: str(s, 'name') ?? '',
        valueFrom: str(s, 'valueFrom') ?? '',
      })),
    };
  });
}

/** Task memory in MiB: the task-level value, else the sum of the containers' hard limits. */
export function taskMemoryMiB(td: TaskDefinitionState): number {
  const m = Number(td.input['memory']);
  if (Number.isFinite(m) && m > 0) return m;
  return containersOf(td).reduce((sum, c) => sum + (c.memory ?? 0), 0) || 512;
}

function secretProblem(state: EmulatorState, td: TaskDefinitionState): string | undefined {
  const secrets = containersOf(td).flatMap((c) => c.secrets);
  if (secrets.length === 0) return undefined;
  const prefix =
    'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: ';
  const roleArn = typeof td.input['executionRoleArn'] === 'string' ? td.input['executionRoleArn'] : '';
  const role = state.roles.find((r) => r.arn === roleArn || r.arn.endsWith(`:role/${roleArn}`));
  for (const s of secrets) {
    const store = s.valueFrom.includes(':ssm:') ? 'ssm' : 'asm';
    if (role === undefined || !role.canReadSecrets) {
      return `${prefix}unable to retrieve secret from ${store}: service call has been retried 1 time(s): AccessDeniedException: the task execution role is not allowed to read ${s.valueFrom}`;
    }
    const known = state.secrets.some(
      (k) => k === s.valueFrom || s.valueFrom.startsWith(`${k}:`) || k.endsWith(`:${s.valueFrom}`),
    );
    if (!known) {
      return `${prefix}unable to retrieve secret from ${store}: service call has been retried 1 time(s): ResourceNotFoundException: Secrets Manager can't find the specified secret.`;
    }
  }
  return undefined;
}

/** What will happen to a task of this task definition (the first problem wins). */
export function decideFate(state: EmulatorState, td: TaskDefinitionState): TaskFate {
  const containers = containersOf(td);
  for (const c of containers) {
    if (findImage(c.image) === undefined) return { kind: 'pull-error', image: c.image };
  }
  const init = secretProblem(state, td);
  if (init !== undefined) return { kind: 'init-error', message: init };
  const memory = taskMemoryMiB(td);
  for (const c of containers.filter((x) => x.essential)) {
    const b = findImage(c.image)?.behaviour;
    if (b === undefined || b.kind === 'healthy') continue;
    if (b.kind === 'exits')
      return { kind: 'exits', afterSeconds: b.afterSeconds, exitCode: b.exitCode, container: c.name };
    if (b.kind === 'leaks') {
      const limit = c.memory ?? memory;
      if (b.plateauMiB !== undefined && limit > b.plateauMiB) continue;
      return {
        kind: 'oom',
        afterSeconds: Math.max(60, Math.round((limit / b.mibPerMinute) * 60)),
        container: c.name,
      };
    }
    if (b.kind === 'unhealthy') return { kind: 'unhealthy', container: c.name };
    return { kind: 'slow', readySeconds: b.readySeconds, container: c.name };
  }
  return { kind: 'runs' };
}

/** The container health check of a container, with AWS's defaults filled in, or undefined. */
export function healthCheckOf(
  td: TaskDefinitionState,
  containerName: string,
): { interval: number; retries: number; startPeriod: number } | undefined {
  const list = Array.isArray(td.input['containerDefinitions']) ? td.input['containerDefinitions'] : [];
  const c = list.find((x: unknown) => (x as Record<string, unknown> | null)?.['name'] === containerName) as
    Record<string, unknown> | undefined;
  const hc = c?.['healthCheck'] as Record<string, unknown> | undefined;
  if (hc === undefined || hc === null || typeof hc !== 'object') return undefined;
  // Defaults from https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
  const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  return {
    interval: num(hc['interval'], 30),
    retries: num(hc['retries'], 3),
    startPeriod: num(hc['startPeriod'], 0),
  };
}

/** The first essential container that has a health check, if any. */
export function checkedContainer(td: TaskDefinitionState): string | undefined {
  return containersOf(td).find((c) => c.essential && healthCheckOf(td, c.name) !== undefined)?.name;
}
