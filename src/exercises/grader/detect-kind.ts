/** Tells what kind of input a parsed value is, from its keys (and, for lists, from their items). */
import type { Kind } from './types.ts';
import { get, has, isObj } from './value.ts';

const SERVICE_KEYS = [
  'serviceName',
  'desiredCount',
  'launchType',
  'capacityProviderStrategy',
  'loadBalancers',
  'deploymentConfiguration',
  'networkConfiguration',
  'schedulingStrategy',
  'serviceConnectConfiguration',
  'forceNewDeployment',
];

/** Keys only services have (RunTask takes none of them). */
const SERVICE_ONLY_KEYS = [
  'desiredCount',
  'loadBalancers',
  'deploymentConfiguration',
  'deploymentController',
  'schedulingStrategy',
  'serviceConnectConfiguration',
  'serviceRegistries',
  'healthCheckGracePeriodSeconds',
  'forceNewDeployment',
];

/** Keys only RunTask takes (CreateService and UpdateService have none of them). */
const RUN_TASK_KEYS = ['count', 'overrides', 'startedBy', 'group', 'referenceId'];

const DEPLOYMENT_CONFIGURATION_KEYS = [
  'minimumHealthyPercent',
  'maximumPercent',
  'deploymentCircuitBreaker',
  'alarms',
  'strategy',
  'bakeTimeInMinutes',
  'lifecycleHooks',
  'linearConfiguration',
  'canaryConfiguration',
];
const SERVICE_CONNECT_KEYS = [
  'enabled',
  'namespace',
  'services',
  'logConfiguration',
  'accessLogConfiguration',
];

/** Keys that mark an object as a container definition. */
const CONTAINER_KEYS = ['image', 'portMappings', 'essential', 'logConfiguration', 'memoryReservation'];

function onlyKeys(value: object, allowed: readonly string[]): boolean {
  return Object.keys(value).every((k) => allowed.includes(k));
}

/**
 * A JSON list: a capacity provider strategy (`--capacity-provider-strategy file://…`) when its
 * items name a capacityProvider, a list of container definitions (what Terraform renders for
 * `container_definitions`) when they look like containers.
 */
function detectList(list: readonly unknown[]): Kind | undefined {
  const items = list.filter(isObj);
  if (items.length === 0 || items.length !== list.length) return undefined;
  if (items.every((x) => has(x, 'capacityProvider'))) return 'capacity-provider-strategy';
  if (items.every((x) => has(x, 'name') && CONTAINER_KEYS.some((k) => has(x, k))))
    return 'container-definitions';
  return undefined;
}

/** Files for one CLI flag: the object is just that flag's value. */
function detectFlagFile(value: Record<string, unknown>): Kind | undefined {
  const h = (k: string): boolean => has(value, k);
  if (h('TargetValue') || h('PredefinedMetricSpecification') || h('CustomizedMetricSpecification'))
    return 'target-tracking-configuration';
  if (h('StepAdjustments') || h('AdjustmentType')) return 'step-scaling-configuration';
  if (h('awsvpcConfiguration') && onlyKeys(value, ['awsvpcConfiguration'])) return 'network-configuration';
  if (DEPLOYMENT_CONFIGURATION_KEYS.some(h) && onlyKeys(value, DEPLOYMENT_CONFIGURATION_KEYS))
    return 'deployment-configuration';
  if (h('enabled') && onlyKeys(value, SERVICE_CONNECT_KEYS)) return 'service-connect-configuration';
  return undefined;
}

/** The kind of an input value, or undefined when it cannot be told. */
export function detectKind(value: unknown): Kind | undefined {
  if (Array.isArray(value)) return detectList(value);
  if (!isObj(value)) return undefined;
  const h = (k: string): boolean => has(value, k);
  if (h('AWSTemplateFormatVersion') || isObj(get(value, 'Resources'))) return 'cfn';
  if (h('Statement')) return 'iam-policy';
  if (h('containerDefinitions') || h('family') || isObj(get(value, 'taskDefinition'))) return 'taskdef';
  if (h('ScheduledActionName') || h('Schedule') || h('ScalableTargetAction')) return 'scheduled-action';
  if (
    h('PolicyName') ||
    h('PolicyType') ||
    h('TargetTrackingScalingPolicyConfiguration') ||
    h('StepScalingPolicyConfiguration')
  )
    return 'scaling-policy';
  if (
    h('ScalableDimension') ||
    h('ResourceId') ||
    h('MinCapacity') ||
    h('MaxCapacity') ||
    h('ServiceNamespace')
  )
    return 'scaling-target';
  const flag = detectFlagFile(value);
  if (flag) return flag;
  if (h('serviceName') || typeof get(value, 'service') === 'string') return 'service';
  if (RUN_TASK_KEYS.some(h) || typeof get(value, 'taskDefinition') === 'string') {
    // create-service needs serviceName and update-service needs service; without either, an
    // input naming a task definition starts tasks (run-task).
    return SERVICE_ONLY_KEYS.some(h) ? 'service' : 'run-task';
  }
  if (SERVICE_KEYS.some(h)) return 'service';
  return undefined;
}
