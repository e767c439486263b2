import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLLING_DEFAULT_PERCENTS } from '../aws/scheduling-strategy.ts';
import { SimInputError } from './errors.ts';
import { simulateRollingDeployment } from './rolling-deploy.ts';

const daemon = { schedulingStrategy: 'DAEMON', containerInstances: 4 } as const;

function fieldOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SimInputError) return e.field;
    throw e;
  }
  return 'no error';
}

// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html:
// a DAEMON service's default minimumHealthyPercent is 0 % through the API (50 % in the console),
// and "the maximumPercent should remain at 100%", its default.
describe('DAEMON services', () => {
  it('defaults to 0 % / 100 % and deploys one task per container instance', () => {
    expect(ROLLING_DEFAULT_PERCENTS.DAEMON).toEqual({ minimumHealthyPercent: 0, maximumPercent: 100 });
    const r = simulateRollingDeployment(daemon);
    expect(r.outcome).toBe('COMPLETED');
    expect(r.limits).toMatchObject({ minHealthy: 0, maxRunning: 4 });
    for (const p of r.timeline) expect(p.running + p.pending).toBeLessThanOrEqual(4);
    expect(r.timeline.at(-1)?.new.healthy).toBe(4);
    // With room for no extra task, every old task stops before its replacement starts.
    const firstNew = Math.min(...r.tasks.filter((t) => t.version === 'new').map((t) => t.launchedAt));
    const oldStops = r.tasks
      .filter((t) => t.version === 'old')
      .map((t) => t.history.find((h) => h.state !== 'RUNNING')?.time ?? Infinity);
    expect(Math.max(...oldStops)).toBeLessThanOrEqual(firstNew);
  });

  it('with the console default of 50 % it replaces half the instances at a time', () => {
    const r = simulateRollingDeployment({ ...daemon, minimumHealthyPercent: 50 });
    expect(r.outcome).toBe('COMPLETED');
    expect(Math.min(...r.timeline.map((p) => p.healthy))).toBe(2);
    for (const p of r.timeline) expect(p.running + p.pending).toBeLessThanOrEqual(4);
  });

  it('100 % / 100 % cannot deploy (stuck with the documented event)', () => {
    const r = simulateRollingDeployment({ ...daemon, minimumHealthyPercent: 100 });
    expect([r.outcome, r.stuckReason]).toEqual(['STUCK', 'CONFIGURATION']);
  });

  it('refuses a maximumPercent other than 100, a missing instance count and a mismatched desiredCount', () => {
    expect(fieldOf(() => simulateRollingDeployment({ ...daemon, maximumPercent: 200 }))).toBe(
      'maximumPercent',
    );
    expect(fieldOf(() => simulateRollingDeployment({ schedulingStrategy: 'DAEMON' }))).toBe(
      'containerInstances',
    );
    expect(fieldOf(() => simulateRollingDeployment({ ...daemon, desiredCount: 3 }))).toBe('desiredCount');
    expect(simulateRollingDeployment({ ...daemon, desiredCount: 4 }).outcome).toBe('COMPLETED');
  });

  it('REPLICA keeps its defaults of 100 % / 200 %', () => {
    expect(ROLLING_DEFAULT_PERCENTS.REPLICA).toEqual({ minimumHealthyPercent: 100, maximumPercent: 200 });
    expect(simulateRollingDeployment({ desiredCount: 4 }).limits).toMatchObject({
      minHealthy: 4,
      maxRunning: 8,
    });
    expect(fieldOf(() => simulateRollingDeployment({ schedulingStrategy: 'REPLICA' }))).toBe('desiredCount');
  });

  it('property: never more than one task per container instance, never below the healthy floor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('healthy', 'fail-start', 'fail-health-check', 'flaky' as const),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (containerInstances, minimumHealthyPercent, newVersion, breaker, seed) => {
          const r = simulateRollingDeployment({
            schedulingStrategy: 'DAEMON',
            containerInstances,
            minimumHealthyPercent,
            newVersion,
            containerHealthCheck: { interval: 10 },
            circuitBreaker: { enable: breaker, rollback: true },
            seed,
            maxSimulatedSeconds: 3600,
          });
          for (const p of r.timeline) {
            expect(p.running + p.pending).toBeLessThanOrEqual(containerInstances);
            expect(p.healthy).toBeGreaterThanOrEqual(r.limits.minHealthy);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
