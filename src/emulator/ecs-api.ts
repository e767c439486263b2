/**
 * The ECS operations. Each takes the API input (already checked against the SDK model) and returns
 * the API output; errors are AWS's exception names with AWS's messages where AWS publishes them
 * (the rest are our model's wording: assumption `emulator-error-text`).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Operations.html
 */
import { grade } from '../exercises/grader/index.ts';
import { validateStrategy } from '../sim/index.ts';
import { AwsServiceError, clientError, invalidParameter } from './errors.ts';
import { ecsArn, nameOf } from './ids.ts';
import { bool, num, obj, objects, str, strings, type Input } from './input.ts';
import {
  findService,
  findTaskDefinition,
  requireCluster,
  requireService,
  requireTaskDefinition,
  taskDefinitionArn,
} from './resources.ts';
import { startDeployment } from './service-scheduler.ts';
import type {
  ClusterState,
  EmulatorState,
  ServiceState,
  StrategyItem,
  TaskDefinitionState,
} from './state.ts';
import { launchTask, stopTask } from './task-lifecycle.ts';
import { clusterView, serviceView, taskDefinitionView, taskView } from './ecs-views.ts';
import { serviceDeploymentBrief, serviceDeploymentView } from './deployment-views.ts';

type Handler = (state: EmulatorState, input: Input) => Input;

/** The first error the grader finds in an input, as AWS would refuse it (AWS reports one at a time). */
function gradeOrThrow(input: Input, kind: 'taskdef' | 'service' | 'run-task', exception: string): void {
  const result = grade(JSON.stringify(input), { kind, format: 'json', lang: 'en' });
  const first = result.findings.find((f) => f.severity === 'error');
  if (first !== undefined) throw new AwsServiceError(exception, first.message);
}

const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];

function strategyOf(input: Input, key: string): StrategyItem[] {
  return objects(input, key).map((s) => ({
    capacityProvider: String(s['capacityProvider']),
    ...(typeof s['weight'] === 'number' ? { weight: s['weight'] } : {}),
    ...(typeof s['base'] === 'number' ? { base: s['base'] } : {}),
  }));
}

function checkStrategy(cluster: ClusterState, strategy: StrategyItem[]): void {
  if (strategy.length === 0) return;
  for (const s of strategy) {
    if (!cluster.capacityProviders.includes(s.capacityProvider)) {
      invalidParameter(
        'The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.',
      );
    }
  }
  try {
    validateStrategy(
      strategy.map((s) => ({
        capacityProvider: s.capacityProvider,
        weight: s.weight ?? 0,
        base: s.base ?? 0,
      })),
    );
  } catch (e) {
    invalidParameter(e instanceof Error ? e.message : String(e));
  }
}

const createCluster: Handler = (state, input) => {
  const name = str(input, 'clusterName') ?? 'default';
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(name)) {
    invalidParameter(
      'Cluster name can have up to 255 characters: letters, numbers, underscores and hyphens.',
    );
  }
  const existing = state.clusters.find((c) => c.clusterName === name && c.status === 'ACTIVE');
  if (existing) return { cluster: clusterView(state, existing) };
  const providers = strings(input, 'capacityProviders');
  for (const p of providers)
    if (!FARGATE_PROVIDERS.includes(p))
      invalidParameter(`The specified capacity provider ${p} does not exist.`);
  const sc = obj(input, 'serviceConnectDefaults');
  const cluster: ClusterState = {
    clusterName: name,
    clusterArn: ecsArn(state, `cluster/${name}`),
    status: 'ACTIVE',
    capacityProviders: providers,
    defaultCapacityProviderStrategy: strategyOf(input, 'defaultCapacityProviderStrategy'),
    settings: objects(input, 'settings').map((s) => ({ name: String(s['name']), value: String(s['value']) })),
    tags: objects(input, 'tags').map((t) => ({ key: String(t['key']), value: str(t, 'value') ?? '' })),
    ...(sc && typeof sc['namespace'] === 'string'
      ? {
          serviceConnectDefaults: {
            namespace: `arn:aws:servicediscovery:${state.region}:${state.accountId}:namespace/${sc['namespace']}`,
          },
        }
      : {}),
  };
  if (cluster.settings.length === 0) cluster.settings = [{ name: 'containerInsights', value: 'disabled' }];
  state.clusters = state.clusters.filter((c) => c.clusterName !== name);
  state.clusters.push(cluster);
  return { cluster: clusterView(state, cluster) };
};

const describeClusters: Handler = (state, input) => {
  const names = input['clusters'] === undefined ? ['default'] : strings(input, 'clusters');
  const clusters: Input[] = [];
  const failures: Input[] = [];
  for (const n of names) {
    const c = state.clusters.find((x) => x.clusterName === nameOf(n));
    if (c) clusters.push(clusterView(state, c));
    else failures.push({ arn: n.startsWith('arn:') ? n : ecsArn(state, `cluster/${n}`), reason: 'MISSING' });
  }
  return { clusters, failures };
};

const listClusters: Handler = (state) => ({
  clusterArns: state.clusters.filter((c) => c.status === 'ACTIVE').map((c) => c.clusterArn),
});

const putClusterCapacityProviders: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  const providers = strings(input, 'capacityProviders');
  for (const p of providers)
    if (!FARGATE_PROVIDERS.includes(p))
      invalidParameter(`The specified capacity provider ${p} does not exist.`);
  const strategy = strategyOf(input, 'defaultCapacityProviderStrategy');
  const previous = cluster.capacityProviders;
  cluster.capacityProviders = providers;
  try {
    checkStrategy(cluster, strategy);
  } catch (e) {
    cluster.capacityProviders = previous;
    throw e;
  }
  cluster.defaultCapacityProviderStrategy = strategy;
  return { cluster: clusterView(state, cluster) };
};

const registerTaskDefinition: Handler = (state, input) => {
  gradeOrThrow(input, 'taskdef', 'ClientException');
  const family = str(input, 'family') ?? '';
  const revisions = state.taskDefinitions.filter((t) => t.family === family);
  const td: TaskDefinitionState = {
    family,
    revision: revisions.reduce((m, t) => Math.max(m, t.revision), 0) + 1,
    status: 'ACTIVE',
    registeredAt: state.now,
    input: structuredClone(input),
  };
  state.taskDefinitions.push(td);
  const tags = objects(input, 'tags');
  return { taskDefinition: taskDefinitionView(state, td), ...(tags.length > 0 ? { tags } : {}) };
};

const describeTaskDefinition: Handler = (state, input) => {
  const td = requireTaskDefinition(state, str(input, 'taskDefinition') ?? '');
  return { taskDefinition: taskDefinitionView(state, td), tags: [] };
};

const listTaskDefinitions: Handler = (state, input) => {
  const prefix = str(input, 'familyPrefix');
  const status = str(input, 'status') ?? 'ACTIVE';
  const list = state.taskDefinitions
    .filter((t) => (prefix === undefined || t.family === prefix) && (status === 'ALL' || t.status === status))
    .map((t) => taskDefinitionArn(state, t))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (str(input, 'sort') === 'DESC') list.reverse();
  return { taskDefinitionArns: list };
};

const deregisterTaskDefinition: Handler = (state, input) => {
  const ref = str(input, 'taskDefinition') ?? '';
  const plain = ref.startsWith('arn:') ? ref.slice(ref.indexOf('task-definition/') + 16) : ref;
  if (!/:\d+$/.test(plain)) clientError('Invalid revision number. Number: ' + (plain.split(':')[1] ?? ''));
  const td = requireTaskDefinition(state, ref);
  if (td.status === 'ACTIVE') {
    td.status = 'INACTIVE';
    td.deregisteredAt = state.now;
  }
  return { taskDefinition: taskDefinitionView(state, td) };
};

function resolveLaunch(
  cluster: ClusterState,
  input: Input,
  td: TaskDefinitionState,
): { launchType?: string; strategy: StrategyItem[] } {
  const launchType = str(input, 'launchType');
  let strategy = strategyOf(input, 'capacityProviderStrategy');
  if (launchType !== undefined && strategy.length > 0) {
    invalidParameter(
      'Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
    );
  }
  if (launchType === undefined && strategy.length === 0) strategy = cluster.defaultCapacityProviderStrategy;
  checkStrategy(cluster, strategy);
  const fargate = launchType === 'FARGATE' || strategy.length > 0 || launchType === undefined;
  const compat = Array.isArray(td.input['requiresCompatibilities'])
    ? (td.input['requiresCompatibilities'] as unknown[])
    : [];
  if (
    fargate &&
    (td.input['networkMode'] !== 'awsvpc' || (compat.length > 0 && !compat.includes('FARGATE')))
  ) {
    invalidParameter('Task definition does not support launch_type FARGATE.');
  }
  if (td.input['networkMode'] === 'awsvpc' && obj(input, 'networkConfiguration') === undefined) {
    invalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
  }
  return {
    ...(launchType !== undefined ? { launchType } : strategy.length === 0 ? { launchType: 'FARGATE' } : {}),
    strategy,
  };
}

function deploymentConfigOf(
  input: Input | undefined,
  base?: ServiceState['deploymentConfiguration'],
): ServiceState['deploymentConfiguration'] {
  const d = input ?? {};
  const cb = obj(d, 'deploymentCircuitBreaker');
  return {
    minimumHealthyPercent: num(d, 'minimumHealthyPercent') ?? base?.minimumHealthyPercent ?? 100,
    maximumPercent: num(d, 'maximumPercent') ?? base?.maximumPercent ?? 200,
    deploymentCircuitBreaker: cb
      ? { enable: bool(cb, 'enable') === true, rollback: bool(cb, 'rollback') === true }
      : (base?.deploymentCircuitBreaker ?? { enable: false, rollback: false }),
    strategy: (str(d, 'strategy') ?? base?.strategy ?? 'ROLLING') === 'BLUE_GREEN' ? 'BLUE_GREEN' : 'ROLLING',
    bakeTimeInMinutes: num(d, 'bakeTimeInMinutes') ?? base?.bakeTimeInMinutes ?? 0,
  };
}

function checkPercents(cfg: ServiceState['deploymentConfiguration']): void {
  if (
    !Number.isInteger(cfg.minimumHealthyPercent) ||
    cfg.minimumHealthyPercent < 0 ||
    cfg.minimumHealthyPercent > 100
  )
    invalidParameter('minimumHealthyPercent must be between 0 and 100.');
  if (!Number.isInteger(cfg.maximumPercent) || cfg.maximumPercent < 100 || cfg.maximumPercent > 400)
    invalidParameter('maximumPercent must be between 100 and 400.');
  if (cfg.bakeTimeInMinutes < 0 || cfg.bakeTimeInMinutes > 1440)
    invalidParameter('bakeTimeInMinutes must be between 0 and 1440.');
}

const createService: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  gradeOrThrow(input, 'service', 'InvalidParameterException');
  const name = str(input, 'serviceName') ?? '';
  if (findService(state, cluster, name)) invalidParameter('Creation of service was not idempotent.');
  const tdRef = str(input, 'taskDefinition');
  if (tdRef === undefined) invalidParameter('TaskDefinition is required.');
  const td = findTaskDefinition(state, tdRef);
  if (td === undefined || td.status !== 'ACTIVE') clientError('TaskDefinition not found.');
  const desired = num(input, 'desiredCount') ?? 0;
  if (!Number.isInteger(desired) || desired < 0)
    invalidParameter('Desired count must be a non-negative integer.');
  const scheduling = str(input, 'schedulingStrategy') ?? 'REPLICA';
  if (scheduling === 'DAEMON')
    invalidParameter('The daemon scheduling strategy is not supported with the FARGATE launch type.');
  const { launchType, strategy } = resolveLaunch(cluster, input, td);
  const cfg = deploymentConfigOf(obj(input, 'deploymentConfiguration'));
  checkPercents(cfg);
  const net = obj(input, 'networkConfiguration');
  const sc = obj(input, 'serviceConnectConfiguration');
  checkServiceConnect(cluster, sc, td);
  const svc: ServiceState = {
    serviceName: name,
    serviceArn: ecsArn(state, `service/${cluster.clusterName}/${name}`),
    clusterArn: cluster.clusterArn,
    status: 'ACTIVE',
    desiredCount: desired,
    ...(launchType !== undefined ? { launchType } : {}),
    capacityProviderStrategy: strategy,
    ...(str(input, 'platformVersion') !== undefined
      ? { platformVersion: str(input, 'platformVersion') as string }
      : {}),
    taskDefinition: taskDefinitionArn(state, td),
    deploymentConfiguration: cfg,
    ...(net ? { networkConfiguration: normaliseNetwork(net) } : {}),
    loadBalancers: objects(input, 'loadBalancers'),
    ...(sc ? { serviceConnectConfiguration: sc } : {}),
    schedulingStrategy: 'REPLICA',
    ...(num(input, 'healthCheckGracePeriodSeconds') !== undefined
      ? { healthCheckGracePeriodSeconds: num(input, 'healthCheckGracePeriodSeconds') as number }
      : {}),
    enableExecuteCommand: bool(input, 'enableExecuteCommand') === true,
    createdAt: state.now,
    deployments: [],
    history: [],
    events: [],
    steadyReported: false,
    tags: objects(input, 'tags').map((t) => ({ key: String(t['key']), value: str(t, 'value') ?? '' })),
  };
  state.services.push(svc);
  startDeployment(state, svc, svc.taskDefinition);
  return { service: serviceView(state, svc) };
};

/**
 * Service Connect needs a namespace (its own or the cluster's default) and every `portName` must
 * name a port mapping of the task definition. Our model's wording (assumption `emulator-error-text`).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html
 */
function checkServiceConnect(cluster: ClusterState, sc: Input | undefined, td: TaskDefinitionState): void {
  if (sc === undefined || bool(sc, 'enabled') !== true) return;
  if (str(sc, 'namespace') === undefined && cluster.serviceConnectDefaults === undefined) {
    invalidParameter(
      "Service Connect requires a namespace: set serviceConnectConfiguration.namespace or the cluster's serviceConnectDefaults.",
    );
  }
  const names = new Set<string>();
  for (const c of Array.isArray(td.input['containerDefinitions'])
    ? (td.input['containerDefinitions'] as Input[])
    : []) {
    for (const p of objects(c, 'portMappings')) if (typeof p['name'] === 'string') names.add(p['name']);
  }
  for (const s of objects(sc, 'services')) {
    const port = str(s, 'portName') ?? '';
    if (!names.has(port)) {
      invalidParameter(
        `The portName ${port} in serviceConnectConfiguration does not match the name of any port mapping in the task definition.`,
      );
    }
  }
}

function normaliseNetwork(net: Input): Input {
  const a = obj(net, 'awsvpcConfiguration');
  if (!a) return net;
  return {
    awsvpcConfiguration: {
      subnets: strings(a, 'subnets'),
      securityGroups: strings(a, 'securityGroups'),
      assignPublicIp: str(a, 'assignPublicIp') ?? 'DISABLED',
    },
  };
}

const updateService: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  gradeOrThrow(input, 'service', 'InvalidParameterException');
  const svc = requireService(state, cluster, str(input, 'service') ?? '');
  if (svc.status !== 'ACTIVE')
    throw new AwsServiceError('ServiceNotActiveException', 'Service was not ACTIVE.');
  let redeploy = bool(input, 'forceNewDeployment') === true;
  let tdArn = svc.taskDefinition;
  const tdRef = str(input, 'taskDefinition');
  if (tdRef !== undefined) {
    const td = findTaskDefinition(state, tdRef);
    if (td === undefined || td.status !== 'ACTIVE') clientError('TaskDefinition not found.');
    resolveLaunch(
      cluster,
      {
        ...(svc.launchType
          ? { launchType: svc.launchType }
          : { capacityProviderStrategy: svc.capacityProviderStrategy }),
        networkConfiguration: svc.networkConfiguration ?? obj(input, 'networkConfiguration'),
      },
      td,
    );
    tdArn = taskDefinitionArn(state, td);
    if (tdArn !== svc.taskDefinition) redeploy = true;
  }
  const scIn = obj(input, 'serviceConnectConfiguration') ?? svc.serviceConnectConfiguration;
  const targetTd = findTaskDefinition(state, tdArn);
  if (targetTd !== undefined) checkServiceConnect(cluster, scIn, targetTd);
  const cfgIn = obj(input, 'deploymentConfiguration');
  const cfg = cfgIn ? deploymentConfigOf(cfgIn, svc.deploymentConfiguration) : svc.deploymentConfiguration;
  checkPercents(cfg);
  const strategy =
    input['capacityProviderStrategy'] !== undefined
      ? strategyOf(input, 'capacityProviderStrategy')
      : undefined;
  if (strategy !== undefined) checkStrategy(cluster, strategy);
  const desired = num(input, 'desiredCount');
  if (desired !== undefined && (!Number.isInteger(desired) || desired < 0))
    invalidParameter('Desired count must be a non-negative integer.');
  // Every check passed: apply.
  svc.deploymentConfiguration = cfg;
  if (strategy !== undefined) {
    svc.capacityProviderStrategy = strategy;
    delete svc.launchType;
    redeploy = true;
  }
  const net = obj(input, 'networkConfiguration');
  if (net) {
    svc.networkConfiguration = normaliseNetwork(net);
    redeploy = true;
  }
  const sc = obj(input, 'serviceConnectConfiguration');
  if (sc) {
    svc.serviceConnectConfiguration = sc;
    redeploy = true;
  }
  const grace = num(input, 'healthCheckGracePeriodSeconds');
  if (grace !== undefined) svc.healthCheckGracePeriodSeconds = grace;
  const exec = bool(input, 'enableExecuteCommand');
  if (exec !== undefined) svc.enableExecuteCommand = exec;
  if (desired !== undefined && desired !== svc.desiredCount) {
    svc.desiredCount = desired;
    svc.steadyReported = false;
  }
  if (redeploy) startDeployment(state, svc, tdArn);
  return { service: serviceView(state, svc) };
};

const describeServices: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  const services: Input[] = [];
  const failures: Input[] = [];
  for (const ref of strings(input, 'services')) {
    const s = state.services.find(
      (x) => x.clusterArn === cluster.clusterArn && x.serviceName === nameOf(ref),
    );
    if (s) services.push(serviceView(state, s));
    else
      failures.push({
        arn: ref.startsWith('arn:') ? ref : ecsArn(state, `service/${cluster.clusterName}/${ref}`),
        reason: 'MISSING',
      });
  }
  return { services, failures };
};

const listServices: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  return {
    serviceArns: state.services
      .filter((s) => s.clusterArn === cluster.clusterArn && s.status !== 'INACTIVE')
      .map((s) => s.serviceArn),
  };
};

const deleteService: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  const svc = requireService(state, cluster, str(input, 'service') ?? '');
  if (svc.desiredCount > 0 && bool(input, 'force') !== true) {
    invalidParameter('The service cannot be stopped while it is scaled above 0.');
  }
  svc.desiredCount = 0;
  svc.status = 'DRAINING';
  return { service: serviceView(state, svc) };
};

const listTasks: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  const serviceName = str(input, 'serviceName');
  if (serviceName !== undefined) requireService(state, cluster, serviceName);
  const desired = str(input, 'desiredStatus') ?? 'RUNNING';
  const family = str(input, 'family');
  const startedBy = str(input, 'startedBy');
  const launchType = str(input, 'launchType');
  return {
    taskArns: state.tasks
      .filter(
        (t) =>
          t.clusterArn === cluster.clusterArn &&
          t.desiredStatus === desired &&
          (serviceName === undefined || t.serviceName === nameOf(serviceName)) &&
          (family === undefined || nameOf(t.taskDefinitionArn).split(':')[0] === family) &&
          (startedBy === undefined || t.startedBy === startedBy) &&
          (launchType === undefined || t.launchType === launchType),
      )
      .map((t) => t.taskArn),
  };
};

const describeTasks: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  const tasks: Input[] = [];
  const failures: Input[] = [];
  for (const ref of strings(input, 'tasks')) {
    const id = nameOf(ref);
    const t = state.tasks.find((x) => x.clusterArn === cluster.clusterArn && nameOf(x.taskArn) === id);
    if (t) tasks.push(taskView(state, t));
    else
      failures.push({
        arn: ref.startsWith('arn:') ? ref : ecsArn(state, `task/${cluster.clusterName}/${ref}`),
        reason: 'MISSING',
      });
  }
  return { tasks, failures };
};

const runTask: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  gradeOrThrow(input, 'run-task', 'InvalidParameterException');
  const td = findTaskDefinition(state, str(input, 'taskDefinition') ?? '');
  if (td === undefined || td.status !== 'ACTIVE') clientError('TaskDefinition not found.');
  const count = num(input, 'count') ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > 10)
    invalidParameter('Count must be between 1 and 10.');
  const { launchType, strategy } = resolveLaunch(cluster, input, td);
  const tasks: Input[] = [];
  for (let i = 0; i < count; i += 1) {
    const provider = strategy.length > 0 ? strategy[i % strategy.length]?.capacityProvider : undefined;
    const t = launchTask(state, {
      clusterArn: cluster.clusterArn,
      td,
      taskDefinitionArn: taskDefinitionArn(state, td),
      group: str(input, 'group') ?? `family:${td.family}`,
      launchType: launchType ?? 'FARGATE',
      ...(provider !== undefined ? { capacityProviderName: provider } : {}),
      ...(str(input, 'startedBy') !== undefined ? { startedBy: str(input, 'startedBy') as string } : {}),
    });
    state.tasks.push(t);
    tasks.push(taskView(state, t));
  }
  return { tasks, failures: [] };
};

const stopTaskOp: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  const id = nameOf(str(input, 'task') ?? '');
  const t = state.tasks.find((x) => x.clusterArn === cluster.clusterArn && nameOf(x.taskArn) === id);
  if (t === undefined) invalidParameter('The referenced task was not found.');
  stopTask(state, t, {
    stoppedReason: str(input, 'reason') ?? 'Task stopped by user',
    stopCode: 'UserInitiated',
  });
  return { task: taskView(state, t) };
};

const listServiceDeployments: Handler = (state, input) => {
  const cluster = requireCluster(state, str(input, 'cluster'));
  const svc = requireService(state, cluster, str(input, 'service') ?? '');
  const statuses = strings(input, 'status');
  const seen = new Set<string>();
  const out: Input[] = [];
  for (const d of [...svc.deployments, ...svc.history]) {
    if (seen.has(d.serviceDeploymentArn)) continue;
    seen.add(d.serviceDeploymentArn);
    if (statuses.length > 0 && !statuses.includes(d.sdStatus)) continue;
    out.push(serviceDeploymentBrief(state, svc, d));
  }
  return { serviceDeployments: out };
};

const describeServiceDeployments: Handler = (state, input) => {
  const found: Input[] = [];
  const failures: Input[] = [];
  for (const arn of strings(input, 'serviceDeploymentArns')) {
    let hit: Input | undefined;
    for (const svc of state.services) {
      const d = [...svc.deployments, ...svc.history].find((x) => x.serviceDeploymentArn === arn);
      if (d) {
        hit = serviceDeploymentView(state, svc, d);
        break;
      }
    }
    if (hit) found.push(hit);
    else failures.push({ arn, reason: 'MISSING' });
  }
  return { serviceDeployments: found, failures };
};

/** Every ECS operation the emulator implements. */
export const ECS_HANDLERS: Record<string, Handler> = {
  CreateCluster: createCluster,
  DescribeClusters: describeClusters,
  ListClusters: listClusters,
  PutClusterCapacityProviders: putClusterCapacityProviders,
  RegisterTaskDefinition: registerTaskDefinition,
  DescribeTaskDefinition: describeTaskDefinition,
  ListTaskDefinitions: listTaskDefinitions,
  DeregisterTaskDefinition: deregisterTaskDefinition,
  CreateService: createService,
  UpdateService: updateService,
  DescribeServices: describeServices,
  ListServices: listServices,
  DeleteService: deleteService,
  ListTasks: listTasks,
  DescribeTasks: describeTasks,
  RunTask: runTask,
  StopTask: stopTaskOp,
  ListServiceDeployments: listServiceDeployments,
  DescribeServiceDeployments: describeServiceDeployments,
};
