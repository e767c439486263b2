import { describe, expect, it } from 'vitest';
import { simulateRollingDeployment } from './rolling-deploy.ts';
import type { RollingDeploymentResult, TaskRecord } from './rolling-types.ts';

const stoppedAt = (t: TaskRecord): number | undefined =>
  t.history.find((h) => h.state === 'DEACTIVATING' || h.state === 'STOPPING')?.time;

const unhealthyIds = (r: RollingDeploymentResult): string[] =>
  r.tasks.filter((t) => t.stoppedReason?.includes('health checks')).map((t) => t.id);

// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html: "If tasks
// become unhealthy, the Amazon ECS service scheduler will start replacement tasks first and maintain
// minimumHealthyPercent tasks until the replacement tasks become healthy. As the replacement tasks
// launch and become healthy, the unhealthy tasks will gradually be stopped."
// DeploymentConfiguration.maximumPercent: the scheduler replaces unhealthy tasks "by starting
// replacement tasks first and then stopping the unhealthy tasks".
describe('unhealthy task replacement', () => {
  it('with room under maximumPercent the replacement starts first; the unhealthy task stops once it is healthy', () => {
    const r = simulateRollingDeployment({
      desiredCount: 4,
      newVersion: 'flaky',
      flakyFailure: 'health-check',
      failureProbability: 0.3,
      containerHealthCheck: { interval: 10, retries: 2 },
      seed: 3,
    });
    expect(r.outcome).toBe('COMPLETED');
    const replaced = r.tasks.filter((t) => t.stoppedReason?.includes('health checks'));
    expect(replaced.length).toBeGreaterThan(0);
    for (const bad of replaced) {
      const verdict = r.events.find((e) => e.kind === 'TASK_UNHEALTHY' && e.message.includes(bad.id));
      expect(verdict).toBeDefined();
      const verdictAt = verdict?.time ?? -1;
      // A replacement was launched at the verdict, while the unhealthy task kept running.
      const replacement = r.tasks.find((t) => t.version === 'new' && t.launchedAt === verdictAt);
      expect(replacement).toBeDefined();
      const stop = stoppedAt(bad) ?? -1;
      expect(stop).toBeGreaterThan(verdictAt);
      // It stopped exactly when a replacement launched at the verdict became healthy.
      expect(r.tasks.some((t) => t.launchedAt === verdictAt && t.healthyAt === stop)).toBe(true);
    }
    for (const p of r.timeline) expect(p.running + p.pending).toBeLessThanOrEqual(r.limits.maxRunning);
  });

  it('without room (0 % / 100 %) unhealthy tasks stop one at a time to free a slot', () => {
    const r = simulateRollingDeployment({
      desiredCount: 3,
      minimumHealthyPercent: 0,
      maximumPercent: 100,
      newVersion: 'fail-health-check',
      containerHealthCheck: { interval: 10, retries: 2 },
      maxSimulatedSeconds: 600,
    });
    const stops = unhealthyIds(r)
      .map((id) => r.tasks.find((t) => t.id === id))
      .map((t) => (t === undefined ? undefined : stoppedAt(t)));
    expect(stops.length).toBeGreaterThan(3);
    // Never two unhealthy tasks stopped at the same moment.
    expect(new Set(stops).size).toBe(stops.length);
    for (const p of r.timeline) expect(p.running + p.pending).toBeLessThanOrEqual(r.limits.maxRunning);
  });

  it('with room, the unhealthy tasks keep running while their replacements start', () => {
    const r = simulateRollingDeployment({
      desiredCount: 2,
      maximumPercent: 300,
      newVersion: 'fail-health-check',
      containerHealthCheck: { interval: 10, retries: 2 },
      maxSimulatedSeconds: 300,
    });
    const verdict = r.events.find((e) => e.kind === 'TASK_UNHEALTHY');
    const at = verdict?.time ?? -1;
    const kinds = r.events.filter((e) => e.time === at).map((e) => e.kind);
    expect(kinds).toEqual(['TASK_UNHEALTHY', 'TASKS_STARTED']);
    const point = r.timeline.find((p) => p.time === at);
    // 2 old + 2 unhealthy new tasks still RUNNING, 2 replacements starting: 6 = maxRunning.
    expect(point).toMatchObject({ running: 4, pending: 2, stopping: 0 });
  });
});
