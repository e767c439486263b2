/** Tells what kind of input a parsed value is, from its keys. */
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

/** The kind of an input value, or undefined when it cannot be told. */
export function detectKind(value: unknown): Kind | undefined {
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
    h('StepScalingPolicyConfiguration') ||
    h('TargetValue')
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
  if (
    SERVICE_KEYS.some(h) ||
    typeof get(value, 'service') === 'string' ||
    typeof get(value, 'taskDefinition') === 'string'
  )
    return 'service';
  return undefined;
}
