import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimInputError } from './errors.ts';
import { simulateRollingDeployment, stuckConfigurationMessage, taskStatesAt } from './rolling-deploy.ts';
import type { RollingDeploymentOptions } from './rolling-types.ts';

describe('simulateRollingDeployment: behaviour', () => {
  it('100/200 with a healthy version starts all new tasks first, then stops old ones', () => {
    const r = simulateRollingDeployment({
      desiredCount: 4,
      loadBalancer: {},
      deregistrationDelaySeconds: 30,
    });
    expect(r.outcome).toBe('COMPLETED');
    expect(r.limits).toMatchObject({ minHealthy: 4, maxRunning: 8 });
    // Start 30 s; registered at 24 s, healthy after one passing check 30 s later → 54 s;
    // drain 30, stop 5, deprovision 5.
    expect(r.durationSeconds).toBe(94);
    expect(r.timeline[0]).toMatchObject({ time: 0, running: 4, pending: 4, healthy: 4 });
    expect(r.events.at(-1)?.message).toBe('(service web) has reached a steady state.');
    expect(r.events[1]?.message).toMatch(/^\(service web\) has started 4 tasks: \(task [0-9a-f]{32}\)/);
  });

  // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html:
  // "After your target is registered, it must pass one health check to be considered healthy."
  // HealthyThresholdCount is "required before considering an unhealthy target healthy".
  it('a new ALB target is healthy after one passing check, whatever the healthy threshold', () => {
    const at = (healthyThreshold: number): (number | null)[] =>
      simulateRollingDeployment({ desiredCount: 2, loadBalancer: { interval: 15, healthyThreshold } })
        .tasks.filter((t) => t.version === 'new')
        .map((t) => t.healthyAt);
    // Registered at 24 s (start of ACTIVATING), first check 15 s later.
    expect(at(2)).toEqual([39, 39]);
    expect(at(10)).toEqual([39, 39]);
  });

  it('no load balancer and no container check: healthy 40 s after RUNNING', () => {
    const r = simulateRollingDeployment({ desiredCount: 2, minimumHealthyPercent: 100, maximumPercent: 200 });
    const newTask = r.tasks.find((t) => t.version === 'new');
    expect(newTask?.healthyAt).toBe(30 + 40);
  });

  it('container health check only: healthy one interval after RUNNING', () => {
    const r = simulateRollingDeployment({ desiredCount: 1, containerHealthCheck: { interval: 10 } });
    expect(r.tasks.find((t) => t.version === 'new')?.healthyAt).toBe(40);
  });

  it('min 0 / max 100 stops every old task before starting new ones', () => {
    const r = simulateRollingDeployment({ desiredCount: 3, minimumHealthyPercent: 0, maximumPercent: 100 });
    expect(r.outcome).toBe('COMPLETED');
    expect(Math.min(...r.timeline.map((p) => p.healthy))).toBe(0);
  });

  it('100/100 is STUCK with the documented service event', () => {
    const r = simulateRollingDeployment({ desiredCount: 2, minimumHealthyPercent: 100, maximumPercent: 100 });
    expect(r.outcome).toBe('STUCK');
    expect(r.stuckReason).toBe('CONFIGURATION');
    expect(r.events.at(-1)?.message).toBe(stuckConfigurationMessage('web'));
    expect(r.events.at(-1)?.message).toContain(
      'was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.',
    );
  });

  it('fail-start with breaker and rollback rolls back after 3 failures (stage 1)', () => {
    const r = simulateRollingDeployment({
      desiredCount: 4,
      newVersion: 'fail-start',
      circuitBreaker: { enable: true, rollback: true },
    });
    expect(r.outcome).toBe('ROLLED_BACK');
    expect(r.breakerThreshold).toBe(3);
    expect(r.deployments.rollback).not.toBeNull();
    const failed = r.events.find((e) => e.kind === 'DEPLOYMENT_FAILED');
    expect(failed?.message).toContain('tasks failed to start');
    const order = r.events.map((e) => e.kind);
    expect(order.indexOf('TASK_FAILED')).toBeLessThan(order.indexOf('DEPLOYMENT_FAILED'));
    expect(order.indexOf('DEPLOYMENT_FAILED')).toBeLessThan(order.indexOf('ROLLBACK_STARTED'));
  });

  it('fail-start with breaker but no rollback ends FAILED and launches nothing more', () => {
    const r = simulateRollingDeployment({
      desiredCount: 10,
      newVersion: 'fail-start',
      circuitBreaker: { enable: true, rollback: false },
    });
    expect(r.outcome).toBe('FAILED');
    expect(r.breakerThreshold).toBe(5);
    expect(r.breakerFailures).toBe(5);
    expect(r.timeline.at(-1)?.old.healthy).toBe(10);
  });

  it('fail-health-check counts in stage 2', () => {
    const r = simulateRollingDeployment({
      desiredCount: 4,
      newVersion: 'fail-health-check',
      containerHealthCheck: { interval: 10, retries: 3 },
      circuitBreaker: { enable: true, rollback: true },
    });
    expect(r.outcome).toBe('ROLLED_BACK');
    expect(r.events.find((e) => e.kind === 'DEPLOYMENT_FAILED')?.message).toContain('failed health checks');
  });

  it('grace period delays the unhealthy verdict', () => {
    const base: RollingDeploymentOptions = {
      desiredCount: 1,
      newVersion: 'fail-health-check',
      containerHealthCheck: { interval: 10, retries: 3 },
      circuitBreaker: { enable: true, rollback: false },
    };
    const quick = simulateRollingDeployment(base);
    const slow = simulateRollingDeployment({ ...base, healthCheckGracePeriodSeconds: 300 });
    expect(quick.events.find((e) => e.kind === 'TASK_UNHEALTHY')?.time).toBe(30 + 30);
    expect(slow.events.find((e) => e.kind === 'TASK_UNHEALTHY')?.time).toBe(30 + 300);
  });

  it('fail-health-check without any health check is reported healthy (nothing can notice)', () => {
    const r = simulateRollingDeployment({ desiredCount: 2, newVersion: 'fail-health-check' });
    expect(r.outcome).toBe('COMPLETED');
  });

  it('without a breaker a failing version hits the time limit and is STUCK', () => {
    const r = simulateRollingDeployment({
      desiredCount: 2,
      newVersion: 'fail-start',
      maxSimulatedSeconds: 600,
    });
    expect(r.outcome).toBe('STUCK');
    expect(r.stuckReason).toBe('TIME_LIMIT');
    expect(r.durationSeconds).toBeLessThanOrEqual(600);
    expect(r.events.at(-1)?.message).toBe(
      '(service web) is unable to consistently start tasks successfully.',
    );
  });

  it('resetOnHealthyTask=false counts failures cumulatively', () => {
    const opts: RollingDeploymentOptions = {
      desiredCount: 20,
      maximumPercent: 110, // two tasks at a time, so failures and healthy tasks interleave
      newVersion: 'flaky',
      failureProbability: 0.3,
      seed: 1,
      circuitBreaker: { enable: true, rollback: true, thresholdConfiguration: { type: 'COUNT', value: 4 } },
    };
    const consecutive = simulateRollingDeployment(opts);
    const cumulative = simulateRollingDeployment({
      ...opts,
      circuitBreaker: { ...opts.circuitBreaker, enable: true, rollback: true, resetOnHealthyTask: false },
    });
    expect(consecutive.outcome).toBe('COMPLETED');
    expect(cumulative.outcome).toBe('ROLLED_BACK');
  });

  it('an app that ignores SIGTERM is killed at stopTimeout', () => {
    const r = simulateRollingDeployment({ desiredCount: 1, appShutdownSeconds: 90, stopTimeoutSeconds: 30 });
    expect(r.events.some((e) => e.kind === 'TASK_KILLED')).toBe(true);
    expect(r.durationSeconds).toBe(70 + 30 + 5);
  });

  it('taskStatesAt reconstructs a snapshot', () => {
    const r = simulateRollingDeployment({ desiredCount: 2 });
    const at = taskStatesAt(r, 10);
    expect(at.filter((t) => t.version === 'old').every((t) => t.state === 'RUNNING' && t.healthy)).toBe(true);
    expect(at.filter((t) => t.version === 'new').map((t) => t.state)).toEqual(['PENDING', 'PENDING']);
  });

  it.each([
    [{ desiredCount: -1 }, 'desiredCount'],
    [{ desiredCount: 2, maximumPercent: 50 }, 'maximumPercent'],
    [{ desiredCount: 2, newVersion: 'broken' as 'healthy' }, 'newVersion'],
    [{ desiredCount: 2, containerHealthCheck: { interval: 1 } }, 'containerHealthCheck.interval'],
    [{ desiredCount: 2, loadBalancer: { healthyThreshold: 11 } }, 'loadBalancer.healthyThreshold'],
    [{ desiredCount: 2, failureProbability: 2 }, 'failureProbability'],
    [{ desiredCount: 2, seed: -3 }, 'seed'],
    [{ desiredCount: 2, serviceName: 'bad name' }, 'serviceName'],
  ] as [RollingDeploymentOptions, string][])('rejects %j', (opts, field) => {
    try {
      simulateRollingDeployment(opts);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SimInputError);
      expect((e as SimInputError).field).toBe(field);
    }
  });
});

describe('simulateRollingDeployment: pinned outputs', () => {
  it('seed 42, flaky 40 %, 6 tasks, 50/200 with LB and breaker', () => {
    const r = simulateRollingDeployment({
      desiredCount: 6,
      minimumHealthyPercent: 50,
      maximumPercent: 200,
      newVersion: 'flaky',
      failureProbability: 0.4,
      loadBalancer: { interval: 10, healthyThreshold: 2 },
      deregistrationDelaySeconds: 20,
      circuitBreaker: { enable: true, rollback: true },
      seed: 42,
    });
    expect([r.outcome, r.durationSeconds, r.timeline.length, r.events.length]).toEqual(PINNED_FLAKY);
    expect(r.timeline[1]).toEqual(PINNED_FLAKY_POINT);
  });
  it('is deterministic for the same seed', () => {
    const opts: RollingDeploymentOptions = {
      desiredCount: 30,
      newVersion: 'flaky',
      failureProbability: 0.2,
      seed: 9,
    };
    expect(simulateRollingDeployment(opts)).toEqual(simulateRollingDeployment(opts));
  });
});

const PINNED_FLAKY: unknown[] = ['COMPLETED', 82, 16, 16];
const PINNED_FLAKY_POINT: unknown = {
  time: 6,
  running: 3,
  pending: 6,
  stopping: 3,
  healthy: 3,
  old: { running: 3, healthy: 3 },
  new: { running: 0, healthy: 0 },
};

describe('simulateRollingDeployment: properties', () => {
  it('never exceeds maxRunning and never drops below minHealthy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 100, max: 300 }),
        fc.constantFrom('healthy', 'fail-start', 'fail-health-check', 'flaky' as const),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('start', 'health-check' as const),
        (desiredCount, minPct, maxPct, newVersion, lb, rollback, seed, flakyFailure) => {
          const r = simulateRollingDeployment({
            desiredCount,
            minimumHealthyPercent: minPct,
            maximumPercent: maxPct,
            newVersion,
            failureProbability: 0.3,
            flakyFailure,
            containerHealthCheck: { interval: 10 },
            ...(lb ? { loadBalancer: { interval: 10 }, deregistrationDelaySeconds: 15 } : {}),
            circuitBreaker: { enable: true, rollback },
            seed,
            maxSimulatedSeconds: 3600,
          });
          for (const p of r.timeline) {
            expect(p.running + p.pending).toBeLessThanOrEqual(r.limits.maxRunning);
            expect(p.healthy).toBeGreaterThanOrEqual(r.limits.minHealthy);
          }
          if (r.outcome === 'COMPLETED') expect(r.timeline.at(-1)?.new.healthy).toBe(desiredCount);
          if (r.outcome === 'ROLLED_BACK') expect(r.timeline.at(-1)?.old.healthy).toBe(desiredCount);
        },
      ),
      { numRuns: 150 },
    );
  });
});
