// Every response of every emulated operation agrees with the AWS SDK's output shapes, and the
// generated model the CLI uses is the one the installed SDK gives.
import * as aas from '@aws-sdk/client-application-auto-scaling';
import * as ecs from '@aws-sdk/client-ecs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildApiModel } from '../../scripts/lib/emulator-model.ts';
import { createEcsEmulator, EMULATED_OPERATIONS } from './index.ts';
import { webTaskDefinition } from './test-support/fixtures.ts';

type Schema = unknown;
const SDK: Record<string, Record<string, unknown>> = {
  ecs: ecs,
  'application-autoscaling': aas,
};

/** Checks `value` against an SDK static schema; returns the paths that disagree. */
function check(schema: Schema, value: unknown, path: string, problems: string[]): void {
  const s = typeof schema === 'function' ? (schema as () => Schema)() : schema;
  if (typeof s === 'number') {
    if (s & 64) {
      if (!Array.isArray(value)) problems.push(`${path}: expected a list`);
      else value.forEach((v, i) => check(s & 63, v, `${path}[${i}]`, problems));
      return;
    }
    if (s & 128) {
      if (typeof value !== 'object' || value === null) problems.push(`${path}: expected a map`);
      return;
    }
    const ok =
      s === 0
        ? typeof value === 'string'
        : s === 1
          ? typeof value === 'number'
          : s === 2
            ? typeof value === 'boolean'
            : s >= 4 && s <= 7
              ? value instanceof Date
              : true;
    if (!ok) problems.push(`${path}: ${JSON.stringify(value)} is not of simple type ${s}`);
    return;
  }
  const arr = s as unknown[];
  if (arr.length === 2) return check(arr[0], value, path, problems);
  const kind = arr[0] as number;
  if (kind === 0) return check(arr[4], value, path, problems);
  if (kind === 1) {
    if (!Array.isArray(value)) problems.push(`${path}: expected a list`);
    else value.forEach((v, i) => check(arr[4], v, `${path}[${i}]`, problems));
    return;
  }
  if (kind === 2) {
    if (typeof value !== 'object' || value === null) problems.push(`${path}: expected a map`);
    else for (const [k, v] of Object.entries(value)) check(arr[5], v, `${path}.${k}`, problems);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path}: expected a structure`);
    return;
  }
  const names = arr[4] as string[];
  const types = arr[5] as Schema[];
  for (const [k, v] of Object.entries(value)) {
    const i = names.indexOf(k);
    if (i < 0) problems.push(`${path}.${k}: not a member of ${String(arr[2])}`);
    else check(types[i], v, `${path}.${k}`, problems);
  }
}

function everyOperation(): { service: string; op: string; out: Record<string, unknown> }[] {
  const e = createEcsEmulator({ seed: 11 });
  const seen: { service: string; op: string; out: Record<string, unknown> }[] = [];
  const call = (service: 'ecs' | 'application-autoscaling', op: string, input: Record<string, unknown>) => {
    const out = e.call(service, op, input);
    seen.push({ service, op, out });
    return out;
  };
  const net = { awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'DISABLED' } };
  call('ecs', 'CreateCluster', { clusterName: 'dojo' });
  call('ecs', 'PutClusterCapacityProviders', {
    cluster: 'dojo',
    capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
  });
  call('ecs', 'DescribeClusters', { clusters: ['dojo', 'missing'] });
  call('ecs', 'ListClusters', {});
  call('ecs', 'RegisterTaskDefinition', webTaskDefinition());
  call('ecs', 'RegisterTaskDefinition', webTaskDefinition('registry.dojo.example/web:2.0-crash'));
  call('ecs', 'DescribeTaskDefinition', { taskDefinition: 'web:1' });
  call('ecs', 'ListTaskDefinitions', {});
  call('ecs', 'CreateService', {
    cluster: 'dojo',
    serviceName: 'web',
    taskDefinition: 'web:1',
    desiredCount: 2,
    launchType: 'FARGATE',
    networkConfiguration: net,
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
  });
  e.advance(120);
  call('ecs', 'UpdateService', { cluster: 'dojo', service: 'web', taskDefinition: 'web:2' });
  e.advance(600);
  call('ecs', 'DescribeServices', { cluster: 'dojo', services: ['web', 'nope'] });
  call('ecs', 'ListServices', { cluster: 'dojo' });
  const deployments = call('ecs', 'ListServiceDeployments', { cluster: 'dojo', service: 'web' }) as {
    serviceDeployments: { serviceDeploymentArn: string }[];
  };
  call('ecs', 'DescribeServiceDeployments', {
    serviceDeploymentArns: deployments.serviceDeployments.map((d) => d.serviceDeploymentArn),
  });
  const stopped = call('ecs', 'ListTasks', { cluster: 'dojo', desiredStatus: 'STOPPED' }) as {
    taskArns: string[];
  };
  const running = call('ecs', 'ListTasks', { cluster: 'dojo' }) as { taskArns: string[] };
  call('ecs', 'DescribeTasks', {
    cluster: 'dojo',
    tasks: [...stopped.taskArns, ...running.taskArns, 'missing'],
  });
  const run = call('ecs', 'RunTask', {
    cluster: 'dojo',
    taskDefinition: 'web:1',
    launchType: 'FARGATE',
    networkConfiguration: net,
  }) as {
    tasks: { taskArn: string }[];
  };
  call('ecs', 'StopTask', { cluster: 'dojo', task: run.tasks[0]?.taskArn ?? '' });
  const resource = {
    ServiceNamespace: 'ecs',
    ResourceId: 'service/dojo/web',
    ScalableDimension: 'ecs:service:DesiredCount',
  };
  call('application-autoscaling', 'RegisterScalableTarget', { ...resource, MinCapacity: 3, MaxCapacity: 6 });
  call('application-autoscaling', 'DescribeScalableTargets', { ServiceNamespace: 'ecs' });
  call('application-autoscaling', 'PutScalingPolicy', {
    ...resource,
    PolicyName: 'cpu50',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: 50,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    },
  });
  call('application-autoscaling', 'DescribeScalingPolicies', { ServiceNamespace: 'ecs' });
  call('application-autoscaling', 'PutScheduledAction', {
    ...resource,
    ScheduledActionName: 'morning',
    Schedule: 'cron(0 8 * * ? *)',
    Timezone: 'Asia/Tokyo',
    ScalableTargetAction: { MinCapacity: 4, MaxCapacity: 8 },
  });
  call('application-autoscaling', 'DescribeScheduledActions', { ServiceNamespace: 'ecs' });
  e.advance(3600);
  call('application-autoscaling', 'DescribeScalingActivities', { ServiceNamespace: 'ecs' });
  call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:2' });
  call('ecs', 'UpdateService', { cluster: 'dojo', service: 'web', desiredCount: 0 });
  call('ecs', 'DeleteService', { cluster: 'dojo', service: 'web' });
  return seen;
}

describe('responses against the AWS SDK output shapes', () => {
  const seen = everyOperation();

  it('calls every emulated operation', () => {
    const called = new Set(seen.map((s) => `${s.service} ${s.op}`));
    for (const [service, ops] of Object.entries(EMULATED_OPERATIONS)) {
      for (const op of ops) expect(called, `${service} ${op}`).toContain(`${service} ${op}`);
    }
  });

  it.each(seen.map((s, i) => [`${i} ${s.service} ${s.op}`, s] as const))('%s', (_name, s) => {
    const opSchema = SDK[s.service]?.[`${s.op}$`] as unknown[];
    const problems: string[] = [];
    check(opSchema[5], s.out, s.op, problems);
    expect(problems).toEqual([]);
  });

  it('rejects a response that does not fit (the check can fail)', () => {
    const problems: string[] = [];
    check(
      (SDK['ecs'] as Record<string, unknown[]>)['CreateCluster$']?.[5],
      { cluster: { clusterName: 5, bogus: 1 } },
      'x',
      problems,
    );
    expect(problems).toHaveLength(2);
  });
});

describe('the generated API model', () => {
  it('is what the installed SDK gives (run node scripts/gen-emulator-model.ts after an SDK update)', async () => {
    const file = JSON.parse(
      readFileSync(new URL('./generated/api-model.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(file).toEqual(await buildApiModel());
  });
});
