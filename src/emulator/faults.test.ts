import { describe, expect, it } from 'vitest';
import { createEcsEmulator } from './index.ts';
import { webTaskDefinition } from './test-support/fixtures.ts';

const NET = { awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'DISABLED' } };

type Obj = Record<string, unknown>;

/** Runs one task of a task definition until it stops (or `seconds` pass) and returns it. */
function runOne(td: Obj, seconds = 900): Obj {
  const e = createEcsEmulator({ seed: 5 });
  e.call('ecs', 'CreateCluster', { clusterName: 'dojo' });
  e.call('ecs', 'RegisterTaskDefinition', td);
  const run = e.call('ecs', 'RunTask', {
    cluster: 'dojo',
    taskDefinition: String(td['family']),
    launchType: 'FARGATE',
    networkConfiguration: NET,
  }) as { tasks: Obj[] };
  const arn = String(run.tasks[0]?.['taskArn']);
  e.advance(seconds);
  const out = e.call('ecs', 'DescribeTasks', { cluster: 'dojo', tasks: [arn] }) as { tasks: Obj[] };
  return out.tasks[0] as Obj;
}

function container(task: Obj): Obj {
  return (task['containers'] as Obj[])[0] as Obj;
}

describe('images and faults', () => {
  it('a healthy image keeps running', () => {
    const t = runOne(webTaskDefinition());
    expect(t['lastStatus']).toBe('RUNNING');
    expect(t['stoppedReason']).toBeUndefined();
  });

  it('an image that does not exist fails with CannotPullContainerError', () => {
    const t = runOne(webTaskDefinition('registry.dojo.example/web:9.9'));
    expect(t['lastStatus']).toBe('STOPPED');
    expect(t['stopCode']).toBe('TaskFailedToStart');
    expect(String(t['stoppedReason'])).toMatch(
      /^CannotPullContainerError: .*registry\.dojo\.example\/web:9\.9/,
    );
    expect(container(t)['exitCode']).toBeUndefined();
  });

  it('a missing secret fails with ResourceInitializationError', () => {
    const td = webTaskDefinition();
    (td['containerDefinitions'] as Obj[])[0]!['secrets'] = [
      { name: 'DB', valueFrom: 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:dojo/missing' },
    ];
    const t = runOne(td);
    expect(t['stopCode']).toBe('TaskFailedToStart');
    expect(String(t['stoppedReason'])).toMatch(/^ResourceInitializationError: unable to pull secrets/);
    expect(String(t['stoppedReason'])).toMatch(/ResourceNotFoundException/);
  });

  it('an execution role without permission to read the secret fails with ResourceInitializationError', () => {
    const td = webTaskDefinition();
    td['executionRoleArn'] = 'arn:aws:iam::123456789012:role/dojoExecutionRoleNoSecrets';
    (td['containerDefinitions'] as Obj[])[0]!['secrets'] = [
      { name: 'DB', valueFrom: 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:dojo/db-password' },
    ];
    const t = runOne(td);
    expect(String(t['stoppedReason'])).toMatch(/^ResourceInitializationError: .*AccessDeniedException/);
  });

  it('a present secret and a permitted role start normally', () => {
    const td = webTaskDefinition();
    (td['containerDefinitions'] as Obj[])[0]!['secrets'] = [
      { name: 'DB', valueFrom: 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:dojo/db-password' },
    ];
    expect(runOne(td)['lastStatus']).toBe('RUNNING');
  });

  it('an image that exits with code 1 stops with EssentialContainerExited and exit code 1', () => {
    const t = runOne(webTaskDefinition('registry.dojo.example/web:2.0-crash'));
    expect(t['stoppedReason']).toBe('Essential container in task exited');
    expect(t['stopCode']).toBe('EssentialContainerExited');
    expect(container(t)['exitCode']).toBe(1);
  });

  it('a leaking image is killed with OutOfMemoryError and exit code 137', () => {
    const t = runOne(webTaskDefinition('registry.dojo.example/web:leak'), 3600);
    expect(t['stopCode']).toBe('EssentialContainerExited');
    expect(container(t)['exitCode']).toBe(137);
    expect(container(t)['reason']).toBe('OutOfMemoryError: Container killed due to memory usage');
  });

  it('more memory makes the leak last longer', () => {
    const small = runOne(webTaskDefinition('registry.dojo.example/web:leak'), 1200);
    const td = webTaskDefinition('registry.dojo.example/web:leak');
    td['memory'] = '2048';
    td['cpu'] = '512';
    const big = runOne(td, 1200);
    expect(small['lastStatus']).toBe('STOPPED');
    expect(big['lastStatus']).toBe('RUNNING');
  });
});

describe('health checks in a service', () => {
  function service(image: string, healthCheck?: Obj): ReturnType<typeof createEcsEmulator> {
    const e = createEcsEmulator({ seed: 9 });
    e.call('ecs', 'CreateCluster', { clusterName: 'dojo' });
    const td = webTaskDefinition(image);
    if (healthCheck) (td['containerDefinitions'] as Obj[])[0]!['healthCheck'] = healthCheck;
    e.call('ecs', 'RegisterTaskDefinition', td);
    e.call('ecs', 'CreateService', {
      cluster: 'dojo',
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: NET,
    });
    return e;
  }
  const check = { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], interval: 10, retries: 3 };

  it('a failing health check gets tasks replaced with "Task failed container health checks"', () => {
    const e = service('registry.dojo.example/web:2.1-unhealthy', check);
    e.advance(600);
    const stopped = e.call('ecs', 'ListTasks', { cluster: 'dojo', desiredStatus: 'STOPPED' }) as {
      taskArns: string[];
    };
    expect(stopped.taskArns.length).toBeGreaterThan(0);
    const t = (
      e.call('ecs', 'DescribeTasks', { cluster: 'dojo', tasks: stopped.taskArns.slice(0, 1) }) as {
        tasks: Obj[];
      }
    ).tasks[0] as Obj;
    expect(t['stoppedReason']).toBe('Task failed container health checks');
    expect(t['healthStatus']).toBe('UNHEALTHY');
    const svc = (
      e.call('ecs', 'DescribeServices', { cluster: 'dojo', services: ['web'] }) as { services: Obj[] }
    ).services[0] as Obj;
    const messages = (svc['events'] as Obj[]).map((x) => String(x['message']));
    expect(messages.some((m) => m.includes('is unable to consistently start tasks successfully.'))).toBe(
      true,
    );
  });

  it('without a health check the same image looks healthy (nothing notices)', () => {
    const e = service('registry.dojo.example/web:2.1-unhealthy');
    e.advance(600);
    const svc = (
      e.call('ecs', 'DescribeServices', { cluster: 'dojo', services: ['web'] }) as { services: Obj[] }
    ).services[0] as Obj;
    expect(svc['runningCount']).toBe(2);
  });

  it('a slow starter fails its checks without a startPeriod and passes with one', () => {
    const without = service('registry.dojo.example/web:slow-start', check);
    without.advance(600);
    const stopped = without.call('ecs', 'ListTasks', { cluster: 'dojo', desiredStatus: 'STOPPED' }) as {
      taskArns: string[];
    };
    expect(stopped.taskArns.length).toBeGreaterThan(0);
    const withPeriod = service('registry.dojo.example/web:slow-start', { ...check, startPeriod: 120 });
    withPeriod.advance(600);
    const none = withPeriod.call('ecs', 'ListTasks', { cluster: 'dojo', desiredStatus: 'STOPPED' }) as {
      taskArns: string[];
    };
    expect(none.taskArns).toEqual([]);
  });
});
