import { describe, expect, it } from 'vitest';
import { simulateAutoScaling, simulateBlueGreenDeployment, simulateRollingDeployment } from '../sim/index.ts';
import { spikeLoad } from '../sim/load-curves.ts';
import { blueGreenEventText, rollingEventText, scalingEventText } from './event-log-text.ts';

const JAPANESE = /[ぁ-んァ-ヶ一-龠]/;

/** English words of the simulators' sentences that must not survive into a Japanese line. */
const ENGLISH_PROSE =
  /\b(has|have|were|was|tasks?|started|failed|deployment (?:started|failed|completed)|refused|Scale (?:in|out))\b/;

/** A Japanese line with the ids in parentheses and AWS names taken out. */
function prose(line: string): string {
  return line.replace(/\([^)]*\)/g, '').replace(/（[^）]*）/g, '');
}

describe('rollingEventText', () => {
  const runs = [
    simulateRollingDeployment({ desiredCount: 3, loadBalancer: {}, deregistrationDelaySeconds: 5 }),
    simulateRollingDeployment({
      desiredCount: 4,
      newVersion: 'fail-start',
      circuitBreaker: { enable: true, rollback: true },
    }),
    simulateRollingDeployment({ desiredCount: 2, minimumHealthyPercent: 100, maximumPercent: 100 }),
    simulateRollingDeployment({ desiredCount: 2, newVersion: 'fail-start', maxSimulatedSeconds: 600 }),
    simulateRollingDeployment({
      desiredCount: 4,
      loadBalancer: {},
      deregistrationDelaySeconds: 300,
      maxSimulatedSeconds: 60,
    }),
    simulateRollingDeployment({
      desiredCount: 4,
      newVersion: 'fail-health-check',
      loadBalancer: {},
      circuitBreaker: { enable: true, rollback: false },
    }),
  ];
  const events = runs.flatMap((run) => run.events);

  it('covers the events a learner meets: starts, targets, failures, breaker, rollback, stuck', () => {
    const kinds = new Set(events.map((event) => event.kind));
    for (const kind of [
      'DEPLOYMENT_STARTED',
      'TASKS_STARTED',
      'TARGETS_REGISTERED',
      'TASK_FAILED',
      'TASKS_STOPPED',
      'DEPLOYMENT_FAILED',
      'ROLLBACK_STARTED',
      'DEPLOYMENT_COMPLETED',
      'STEADY_STATE',
      'STUCK',
    ] as const)
      expect(kinds, kind).toContain(kind);
  });

  it('words every line in Japanese, keeping the service, deployment and task ids', () => {
    for (const event of events) {
      const line = rollingEventText('ja', event);
      expect(line, event.message).toMatch(JAPANESE);
      expect(prose(line), event.message).not.toMatch(ENGLISH_PROSE);
      expect(line).toContain(`(service ${String(event.params['service'])})`);
      for (const key of ['deployment', 'tasks', 'count', 'threshold'] as const) {
        const value = event.params[key];
        if (value !== undefined) expect(line, `${event.kind} ${key}`).toContain(String(value));
      }
    }
  });

  it('tells the three ways a deployment gets stuck apart', () => {
    const stuck = events.filter((event) => event.kind === 'STUCK').map((e) => rollingEventText('ja', e));
    expect(new Set(stuck).size).toBe(3);
    expect(stuck.some((line) => line.includes('シミュレーションの上限時間'))).toBe(true);
    expect(stuck.some((line) => line.includes('minimumHealthyPercent'))).toBe(true);
    expect(stuck.some((line) => line.includes('安定して起動できていません'))).toBe(true);
  });

  it('keeps the ECS wording in English', () => {
    for (const event of events) expect(rollingEventText('en', event)).toBe(event.message);
  });
});

describe('blueGreenEventText', () => {
  const events = [
    simulateBlueGreenDeployment({
      desiredCount: 3,
      config: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
      hooks: ['AfterAllowTestTraffic'],
      testListener: true,
    }),
    simulateBlueGreenDeployment({
      desiredCount: 2,
      config: 'CodeDeployDefault.ECSAllAtOnce',
      hooks: ['BeforeInstall'],
      failure: { stage: 'BeforeInstall', kind: 'HOOK' },
    }),
    simulateBlueGreenDeployment({
      desiredCount: 4,
      config: 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
      failure: { stage: 'AllowTraffic', kind: 'ALARM', afterSeconds: 270 },
    }),
  ].flatMap((run) => run.events);

  it('words every code in Japanese with its values', () => {
    expect(new Set(events.map((event) => event.code)).size).toBe(7);
    for (const event of events) {
      const line = blueGreenEventText('ja', event);
      expect(line, event.message).toMatch(JAPANESE);
      expect(prose(line), event.message).not.toMatch(ENGLISH_PROSE);
      for (const key of ['count', 'percent', 'stage'] as const) {
        const value = event.params[key];
        if (value !== undefined) expect(line, `${event.code} ${key}`).toContain(String(value));
      }
    }
  });

  it('says whether a failed deployment rolls back', () => {
    const failed = events
      .filter((event) => event.code === 'DEPLOYMENT_FAILED')
      .map((e) => blueGreenEventText('ja', e));
    expect(failed).toEqual([
      expect.stringContaining('BeforeInstall の間はロールバックできません'),
      expect.stringContaining('CloudWatch アラームが ALARM 状態になりました。ロールバックし'),
    ]);
  });

  it('keeps the ECS wording in English', () => {
    for (const event of events) expect(blueGreenEventText('en', event)).toBe(event.message);
  });
});

describe('scalingEventText', () => {
  const run = simulateAutoScaling({
    load: spikeLoad({ base: 2, peak: 10, startMinute: 30, durationMinutes: 60 }),
    durationMinutes: 180,
    initialTasks: 4,
    minCapacity: 1,
    maxCapacity: 30,
    policies: [{ type: 'TargetTracking', targetValue: 60 }],
  });

  it('words scale-out and scale-in in Japanese with the counts and the policy', () => {
    expect(run.events.map((event) => scalingEventText('ja', event))).toEqual([
      '4 タスクから 7 タスクにスケールアウトしました（policy-1）。',
      '7 タスクから 12 タスクにスケールアウトしました（policy-1）。',
      '12 タスクから 17 タスクにスケールアウトしました（policy-1）。',
      '17 タスクから 4 タスクにスケールインしました。',
    ]);
  });

  it('words scheduled actions, including a refused one', () => {
    const scheduled = simulateAutoScaling({
      load: spikeLoad({ base: 2, peak: 3, startMinute: 30, durationMinutes: 60 }),
      durationMinutes: 24 * 60,
      initialTasks: 2,
      minCapacity: 1,
      maxCapacity: 5,
      policies: [],
      scheduledActions: [
        { name: 'raise', schedule: 'cron(0 1 * * ? *)', minCapacity: 4 },
        { name: 'too-high', schedule: 'cron(0 2 * * ? *)', minCapacity: 9 },
      ],
    });
    expect(scheduled.events.map((event) => scalingEventText('ja', event))).toEqual([
      'スケジュールされたアクション raise が最小 4、最大 5 を設定しました。希望数 2 → 4。',
      'スケジュールされたアクション too-high は実行されませんでした: 最小 9 が最大 5 を超えてしまいます。最小と最大の両方を指定してください。',
    ]);
  });

  it('keeps the English wording in English', () => {
    for (const event of run.events) expect(scalingEventText('en', event)).toBe(event.message);
  });
});
