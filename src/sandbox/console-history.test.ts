import { describe, expect, it } from 'vitest';
import { createEcsEmulator } from '../emulator/index.ts';
import { findLab, startLab } from '../labs/index.ts';
import { MAX_SAMPLES, recordSamples, type ConsoleHistory } from './console-history.ts';

describe('console history', () => {
  it('follows desired and running tasks and the target tracking metric through a scale-out', () => {
    const lab = findLab('target-tracking-spike');
    if (!lab) throw new Error('no lab');
    const e = startLab(lab);
    const history: ConsoleHistory = new Map();
    recordSamples(history, e.inspect());
    const [register, policy] = lab.solution;
    for (const line of [register, policy]) expect(e.run(line ?? '').exitCode).toBe(0);
    recordSamples(history, e.inspect());
    for (let minute = 0; minute < 20; minute += 1) {
      e.advance(60);
      recordSamples(history, e.inspect());
    }
    const [samples] = [...history.values()];
    if (!samples) throw new Error('no samples');
    // The command did not move the clock: its sample replaced the first one.
    expect(samples).toHaveLength(21);
    expect(samples[0]).toMatchObject({ target: 50 });
    expect(samples.every((s) => s.metric !== null && s.metric >= 0 && s.metric <= 100)).toBe(true);
    const last = samples.at(-1);
    expect(last?.desired).toBeGreaterThan(samples[0]?.desired ?? 0);
    expect(Math.max(...samples.map((s) => s.metric ?? 0))).toBeGreaterThan(50);
    expect(samples.every((s) => s.newest + s.older === s.running && s.running <= 10)).toBe(true);
  });

  it('shows a deployment moving tasks from the older revision to the newest', () => {
    const e = createEcsEmulator({ seed: 1 });
    const family = (image: string) =>
      JSON.stringify({
        family: 'web',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [{ name: 'web', image, essential: true }],
      });
    e.files.write('v1.json', family('registry.dojo.example/web:1.0'));
    e.files.write('v2.json', family('registry.dojo.example/web:1.1'));
    for (const line of [
      'aws ecs create-cluster --cluster-name dojo',
      'aws ecs register-task-definition --cli-input-json file://v1.json',
      'aws ecs create-service --cluster dojo --service-name web --task-definition web:1 --desired-count 2 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-1]}"',
    ])
      expect(e.run(line).exitCode).toBe(0);
    const history: ConsoleHistory = new Map();
    e.advance(300);
    recordSamples(history, e.inspect());
    expect(e.run('aws ecs register-task-definition --cli-input-json file://v2.json').exitCode).toBe(0);
    expect(
      e.run('aws ecs update-service --cluster dojo --service web --task-definition web:2').exitCode,
    ).toBe(0);
    recordSamples(history, e.inspect());
    const [samples = []] = [...history.values()];
    expect(samples.at(-1)).toMatchObject({ running: 2, newest: 0, older: 2, metric: null, target: null });
    for (let step = 0; step < 60; step += 1) {
      e.advance(10);
      recordSamples(history, e.inspect());
    }
    expect(samples.at(-1)).toMatchObject({ running: 2, newest: 2, older: 0 });
    expect(samples.some((s) => s.newest > 0 && s.older > 0)).toBe(true);
  });

  it('keeps at most MAX_SAMPLES per service, first and last kept', () => {
    const e = createEcsEmulator({ seed: 1 });
    e.files.write(
      'web.json',
      JSON.stringify({
        family: 'web',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [{ name: 'web', image: 'registry.dojo.example/web:1.0', essential: true }],
      }),
    );
    e.run('aws ecs create-cluster --cluster-name dojo');
    e.run('aws ecs register-task-definition --cli-input-json file://web.json');
    e.run(
      'aws ecs create-service --cluster dojo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-1]}"',
    );
    const history: ConsoleHistory = new Map();
    recordSamples(history, e.inspect());
    const first = [...history.values()][0]?.[0]?.at;
    for (let step = 0; step < MAX_SAMPLES * 2; step += 1) {
      e.advance(5);
      recordSamples(history, e.inspect());
    }
    const samples = [...history.values()][0] ?? [];
    expect(samples.length).toBeLessThanOrEqual(MAX_SAMPLES);
    expect(samples[0]?.at).toBe(first);
    expect(samples.at(-1)?.at).toBe(e.now());
    expect(samples.every((s, i) => i === 0 || s.at > (samples[i - 1]?.at ?? 0))).toBe(true);
  });
});
