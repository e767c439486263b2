/** The ServiceDeployment shapes (ListServiceDeployments, DescribeServiceDeployments). */
import { circuitBreakerThreshold } from '../sim/index.ts';
import { ecsArn, nameOf } from './ids.ts';
import type { DeploymentState, EmulatorState, ServiceState } from './state.ts';

type Obj = Record<string, unknown>;

function revisionArn(state: EmulatorState, svc: ServiceState, d: DeploymentState): string {
  return ecsArn(state, `service-revision/${nameOf(svc.clusterArn)}/${svc.serviceName}/${d.id.slice(8)}`);
}

function counts(state: EmulatorState, id: string): { running: number; pending: number } {
  let running = 0;
  let pending = 0;
  for (const t of state.tasks) {
    if (t.deploymentId !== id || t.desiredStatus !== 'RUNNING') continue;
    if (t.lastStatus === 'RUNNING') running += 1;
    else pending += 1;
  }
  return { running, pending };
}

/** The `ServiceDeploymentBrief` shape. */
export function serviceDeploymentBrief(state: EmulatorState, svc: ServiceState, d: DeploymentState): Obj {
  return {
    serviceDeploymentArn: d.serviceDeploymentArn,
    serviceArn: svc.serviceArn,
    clusterArn: svc.clusterArn,
    startedAt: d.createdAt,
    createdAt: d.createdAt,
    ...(d.finishedAt !== undefined ? { finishedAt: d.finishedAt } : {}),
    targetServiceRevisionArn: revisionArn(state, svc, d),
    status: d.sdStatus,
    ...(d.rolloutState === 'FAILED' ? { statusReason: d.rolloutStateReason } : {}),
  };
}

/** The `ServiceDeployment` shape. */
export function serviceDeploymentView(state: EmulatorState, svc: ServiceState, d: DeploymentState): Obj {
  const all = [...svc.deployments, ...svc.history];
  const source = all.find(
    (x) => x !== d && x.taskDefinition === d.sourceTaskDefinition && x.createdAt <= d.createdAt,
  );
  const target = counts(state, d.id);
  const cb = svc.deploymentConfiguration.deploymentCircuitBreaker;
  const rollback = d.rolledBackTo === undefined ? undefined : all.find((x) => x.id === d.rolledBackTo);
  return {
    serviceDeploymentArn: d.serviceDeploymentArn,
    serviceArn: svc.serviceArn,
    clusterArn: svc.clusterArn,
    createdAt: d.createdAt,
    startedAt: d.createdAt,
    ...(d.finishedAt !== undefined ? { finishedAt: d.finishedAt } : {}),
    updatedAt: d.updatedAt,
    sourceServiceRevisions: source
      ? [
          {
            arn: revisionArn(state, svc, source),
            requestedTaskCount: 0,
            ...withCounts(counts(state, source.id)),
          },
        ]
      : [],
    targetServiceRevision: {
      arn: revisionArn(state, svc, d),
      requestedTaskCount: d.desiredCount,
      ...withCounts(target),
    },
    status: d.sdStatus,
    ...(d.rolloutState === 'FAILED' ? { statusReason: d.rolloutStateReason } : {}),
    deploymentConfiguration: {
      deploymentCircuitBreaker: cb,
      maximumPercent: svc.deploymentConfiguration.maximumPercent,
      minimumHealthyPercent: svc.deploymentConfiguration.minimumHealthyPercent,
      strategy: svc.deploymentConfiguration.strategy,
    },
    ...(rollback
      ? {
          rollback: {
            reason: d.rolloutStateReason,
            startedAt: d.finishedAt ?? d.updatedAt,
            serviceRevisionArn: revisionArn(state, svc, rollback),
          },
        }
      : {}),
    deploymentCircuitBreaker: {
      status: !cb.enable ? 'DISABLED' : d.rolloutState === 'FAILED' ? 'TRIGGERED' : 'MONITORING',
      failureCount: d.failedTasks,
      threshold: circuitBreakerThreshold(Math.min(d.desiredCount, 100_000)),
    },
  };
}

function withCounts(c: { running: number; pending: number }): Obj {
  return { runningTaskCount: c.running, pendingTaskCount: c.pending };
}
