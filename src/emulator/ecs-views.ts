/** Builds the ECS API's output shapes (Cluster, TaskDefinition, Service, Task, …) from the state. */
import { ecsArn, nameOf } from './ids.ts';
import { findTaskDefinition, taskDefinitionArn } from './resources.ts';
import type {
  ClusterState,
  DeploymentState,
  EmulatorState,
  ServiceState,
  TaskDefinitionState,
  TaskState,
} from './state.ts';
import { containersOf } from './task-fate.ts';

type Obj = Record<string, unknown>;

const PLATFORM_VERSION = '1.4.0';

/** The `Cluster` shape. */
export function clusterView(state: EmulatorState, c: ClusterState): Obj {
  const tasks = state.tasks.filter((t) => t.clusterArn === c.clusterArn && t.desiredStatus === 'RUNNING');
  return {
    clusterArn: c.clusterArn,
    clusterName: c.clusterName,
    status: c.status,
    registeredContainerInstancesCount: 0,
    runningTasksCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
    pendingTasksCount: tasks.filter((t) => t.lastStatus !== 'RUNNING').length,
    activeServicesCount: state.services.filter((s) => s.clusterArn === c.clusterArn && s.status === 'ACTIVE')
      .length,
    statistics: [],
    tags: c.tags,
    settings: c.settings,
    capacityProviders: c.capacityProviders,
    defaultCapacityProviderStrategy: c.defaultCapacityProviderStrategy,
    ...(c.serviceConnectDefaults ? { serviceConnectDefaults: c.serviceConnectDefaults } : {}),
  };
}

function containerView(raw: unknown, awsvpc: boolean): Obj {
  const c = (raw ?? {}) as Obj;
  const ports = Array.isArray(c['portMappings']) ? (c['portMappings'] as Obj[]) : [];
  return {
    cpu: 0,
    essential: true,
    environment: [],
    mountPoints: [],
    volumesFrom: [],
    systemControls: [],
    ...c,
    portMappings: ports.map((p) => ({
      ...p,
      ...(awsvpc && p['hostPort'] === undefined ? { hostPort: p['containerPort'] } : {}),
      protocol: p['protocol'] ?? 'tcp',
    })),
  };
}

/** The `TaskDefinition` shape. */
export function taskDefinitionView(state: EmulatorState, td: TaskDefinitionState): Obj {
  const { tags: _tags, ...rest } = td.input;
  const awsvpc = rest['networkMode'] === 'awsvpc';
  const defs = Array.isArray(rest['containerDefinitions']) ? rest['containerDefinitions'] : [];
  const requires: Obj[] = [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }];
  if (awsvpc) requires.push({ name: 'ecs.capability.task-eni' });
  return {
    taskDefinitionArn: taskDefinitionArn(state, td),
    ...rest,
    containerDefinitions: defs.map((c) => containerView(c, awsvpc)),
    family: td.family,
    revision: td.revision,
    volumes: rest['volumes'] ?? [],
    status: td.status,
    requiresAttributes: requires,
    placementConstraints: rest['placementConstraints'] ?? [],
    compatibilities: awsvpc ? ['EC2', 'FARGATE'] : ['EC2'],
    registeredAt: td.registeredAt,
    registeredBy: `arn:aws:iam::${state.accountId}:user/dojo`,
    ...(td.deregisteredAt !== undefined ? { deregisteredAt: td.deregisteredAt } : {}),
  };
}

function countsOf(state: EmulatorState, d: DeploymentState): { running: number; pending: number } {
  let running = 0;
  let pending = 0;
  for (const t of state.tasks) {
    if (t.deploymentId !== d.id || t.desiredStatus !== 'RUNNING') continue;
    if (t.lastStatus === 'RUNNING') running += 1;
    else pending += 1;
  }
  return { running, pending };
}

/** The `Deployment` shape. */
export function deploymentView(state: EmulatorState, svc: ServiceState, d: DeploymentState): Obj {
  const { running, pending } = countsOf(state, d);
  return {
    id: d.id,
    status: d.status,
    taskDefinition: d.taskDefinition,
    desiredCount: d.desiredCount,
    pendingCount: pending,
    runningCount: running,
    failedTasks: d.failedTasks,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    ...(svc.capacityProviderStrategy.length > 0
      ? { capacityProviderStrategy: svc.capacityProviderStrategy }
      : { launchType: svc.launchType ?? 'FARGATE' }),
    platformVersion: PLATFORM_VERSION,
    platformFamily: 'Linux',
    ...(svc.networkConfiguration ? { networkConfiguration: svc.networkConfiguration } : {}),
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason,
  };
}

/** The `Service` shape. */
export function serviceView(state: EmulatorState, svc: ServiceState): Obj {
  let running = 0;
  let pending = 0;
  for (const t of state.tasks) {
    if (t.clusterArn !== svc.clusterArn || t.serviceName !== svc.serviceName || t.desiredStatus !== 'RUNNING')
      continue;
    if (t.lastStatus === 'RUNNING') running += 1;
    else pending += 1;
  }
  const cfg = svc.deploymentConfiguration;
  return {
    serviceArn: svc.serviceArn,
    serviceName: svc.serviceName,
    clusterArn: svc.clusterArn,
    loadBalancers: svc.loadBalancers,
    serviceRegistries: [],
    status: svc.status,
    desiredCount: svc.desiredCount,
    runningCount: running,
    pendingCount: pending,
    ...(svc.capacityProviderStrategy.length > 0
      ? { capacityProviderStrategy: svc.capacityProviderStrategy }
      : { launchType: svc.launchType ?? 'FARGATE' }),
    platformVersion: svc.platformVersion ?? 'LATEST',
    platformFamily: 'Linux',
    taskDefinition: svc.taskDefinition,
    deploymentConfiguration: {
      deploymentCircuitBreaker: cfg.deploymentCircuitBreaker,
      maximumPercent: cfg.maximumPercent,
      minimumHealthyPercent: cfg.minimumHealthyPercent,
      strategy: cfg.strategy,
      ...(cfg.strategy === 'BLUE_GREEN' ? { bakeTimeInMinutes: cfg.bakeTimeInMinutes } : {}),
    },
    deployments: svc.deployments.map((d) => deploymentView(state, svc, d)),
    events: svc.events,
    createdAt: svc.createdAt,
    placementConstraints: [],
    placementStrategy: [],
    ...(svc.networkConfiguration ? { networkConfiguration: svc.networkConfiguration } : {}),
    ...(svc.healthCheckGracePeriodSeconds !== undefined
      ? { healthCheckGracePeriodSeconds: svc.healthCheckGracePeriodSeconds }
      : {}),
    schedulingStrategy: svc.schedulingStrategy,
    deploymentController: { type: 'ECS' },
    tags: svc.tags,
    createdBy: `arn:aws:iam::${state.accountId}:user/dojo`,
    enableECSManagedTags: false,
    propagateTags: 'NONE',
    enableExecuteCommand: svc.enableExecuteCommand,
    availabilityZoneRebalancing: 'ENABLED',
  };
}

/** The `Task` shape, with its containers, exit codes and stop reasons. */
export function taskView(state: EmulatorState, t: TaskState): Obj {
  const td = findTaskDefinition(state, t.taskDefinitionArn);
  const taskId = nameOf(t.taskArn);
  const clusterName = nameOf(t.clusterArn);
  const fate = t.fate;
  const failedContainer =
    fate.kind === 'exits' || fate.kind === 'oom' || fate.kind === 'unhealthy' || fate.kind === 'slow'
      ? fate.container
      : undefined;
  const containers = (td ? containersOf(td) : []).map((c, i) => {
    const stopped = t.lastStatus === 'STOPPED';
    const isCulprit = c.name === failedContainer && t.stop !== undefined;
    const neverStarted = t.stop?.stopCode === 'TaskFailedToStart';
    const hasCheck =
      td !== undefined && Array.isArray(td.input['containerDefinitions'])
        ? (td.input['containerDefinitions'] as Obj[])[i]?.['healthCheck'] !== undefined
        : false;
    return {
      containerArn: ecsArn(
        state,
        `container/${clusterName}/${taskId}/${taskId.slice(0, 8)}-${String(i).padStart(4, '0')}-4000-8000-${taskId.slice(20, 32)}`,
      ),
      taskArn: t.taskArn,
      name: c.name,
      image: c.image,
      lastStatus:
        stopped || t.desiredStatus === 'STOPPED'
          ? 'STOPPED'
          : t.lastStatus === 'RUNNING'
            ? 'RUNNING'
            : 'PENDING',
      ...(stopped && !neverStarted
        ? { exitCode: isCulprit && t.stop?.exitCode !== undefined ? t.stop.exitCode : 0 }
        : {}),
      ...(isCulprit && t.stop?.containerReason ? { reason: t.stop.containerReason } : {}),
      ...(neverStarted && t.stop ? { reason: t.stop.stoppedReason } : {}),
      networkInterfaces: [{ attachmentId: `${taskId.slice(0, 8)}-eni0`, privateIpv4Address: t.privateIp }],
      healthStatus: hasCheck
        ? isCulprit && t.healthStatus === 'UNHEALTHY'
          ? 'UNHEALTHY'
          : t.healthStatus
        : 'UNKNOWN',
      cpu: '0',
      ...(c.memory !== undefined ? { memory: String(c.memory) } : {}),
    };
  });
  const optional: Obj = {};
  const times: [keyof TaskState, string][] = [
    ['pullStartedAt', 'pullStartedAt'],
    ['pullStoppedAt', 'pullStoppedAt'],
    ['startedAt', 'startedAt'],
    ['stoppingAt', 'stoppingAt'],
    ['stoppedAt', 'stoppedAt'],
  ];
  for (const [k, out] of times) if (t[k] !== undefined) optional[out] = t[k];
  if (t.startedAt !== undefined) optional['connectivityAt'] = t.startedAt;
  if (t.stop) {
    optional['stopCode'] = t.stop.stopCode;
    optional['stoppedReason'] = t.stop.stoppedReason;
  }
  return {
    attachments: [
      {
        id: `${taskId.slice(0, 8)}-eni0`,
        type: 'ElasticNetworkInterface',
        status:
          t.lastStatus === 'STOPPED'
            ? 'DELETED'
            : t.lastStatus === 'PROVISIONING'
              ? 'PRECREATED'
              : 'ATTACHED',
        details: [{ name: 'privateIPv4Address', value: t.privateIp }],
      },
    ],
    availabilityZone: t.availabilityZone,
    ...(t.capacityProviderName !== undefined ? { capacityProviderName: t.capacityProviderName } : {}),
    clusterArn: t.clusterArn,
    connectivity: t.startedAt !== undefined ? 'CONNECTED' : 'DISCONNECTED',
    containers,
    cpu: t.cpu,
    createdAt: t.createdAt,
    desiredStatus: t.desiredStatus,
    enableExecuteCommand: false,
    group: t.group,
    healthStatus: t.healthStatus,
    lastStatus: t.lastStatus,
    launchType: t.launchType,
    memory: t.memory,
    overrides: {
      containerOverrides: containers.map((c) => ({ name: c.name })),
      inferenceAcceleratorOverrides: [],
    },
    platformVersion: PLATFORM_VERSION,
    platformFamily: 'Linux',
    ...(t.startedBy !== undefined ? { startedBy: t.startedBy } : {}),
    tags: [],
    taskArn: t.taskArn,
    taskDefinitionArn: t.taskDefinitionArn,
    version: 1,
    ephemeralStorage: { sizeInGiB: 20 },
    ...optional,
  };
}
