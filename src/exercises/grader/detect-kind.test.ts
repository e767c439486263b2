import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind.ts';

describe('detectKind', () => {
  it.each([
    [{ TargetValue: 60, PredefinedMetricSpecification: {} }, 'target-tracking-configuration'],
    [{ CustomizedMetricSpecification: {}, TargetValue: 100 }, 'target-tracking-configuration'],
    [{ AdjustmentType: 'ChangeInCapacity', StepAdjustments: [] }, 'step-scaling-configuration'],
    [[{ capacityProvider: 'FARGATE', weight: 1 }], 'capacity-provider-strategy'],
    [
      { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200 },
      'deployment-configuration',
    ],
    [{ awsvpcConfiguration: { subnets: ['subnet-1'] } }, 'network-configuration'],
    [{ enabled: true, namespace: 'prod' }, 'service-connect-configuration'],
    [[{ name: 'web', image: 'nginx:1.27' }], 'container-definitions'],
    [{ cluster: 'prod', taskDefinition: 'migrate:3', count: 1 }, 'run-task'],
    [{ cluster: 'prod', taskDefinition: 'migrate:3', launchType: 'FARGATE' }, 'run-task'],
    [{ cluster: 'prod', service: 'web', taskDefinition: 'web:9' }, 'service'],
    [{ serviceName: 'web', taskDefinition: 'web:9', desiredCount: 2 }, 'service'],
    [{ taskDefinition: 'web:9', desiredCount: 2 }, 'service'],
    [{ PolicyName: 'cpu', TargetTrackingScalingPolicyConfiguration: {} }, 'scaling-policy'],
    [{ family: 'web', containerDefinitions: [] }, 'taskdef'],
  ] as const)('%j → %s', (value, kind) => {
    expect(detectKind(value)).toBe(kind);
  });

  it('leaves unknown shapes undetected', () => {
    expect(detectKind([1, 2])).toBeUndefined();
    expect(detectKind([{ hello: 'world' }])).toBeUndefined();
    expect(detectKind([])).toBeUndefined();
    expect(detectKind({ enabled: true, other: 1 })).toBeUndefined();
  });
});
