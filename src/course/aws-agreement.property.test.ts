/**
 * One definition of each AWS fact means every consumer agrees by construction. This test feeds
 * random schedule expressions, Fargate cpu/memory pairs and capacity provider strategies to
 * every consumer (the grader, the simulator, the exercise helpers and the widget models) and
 * checks that they all accept or all refuse the same inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FARGATE_CPU_VALUES, fargateSizePairs } from '../aws/index.ts';
import { fixFargateSize } from '../exercises/catalog/ch02/fix-fargate-size.ts';
import { firesWeekdaysAt, providerShare } from '../exercises/catalog/scaling-checks.ts';
import { grade } from '../exercises/grader/index.ts';
import { fargateService, fargateTd, scheduledAction } from '../exercises/grader/rules/example-docs.ts';
import {
  SimInputError,
  estimateMonthlyCost,
  nextScheduleTimes,
  parseSchedule,
  splitTasks,
} from '../sim/index.ts';
import { evaluateSplit, splitCost } from '../widgets/capacity-split/model.ts';
import { compareCosts, DEFAULT_COST_STATE, fargateSizes } from '../widgets/cost/model.ts';

const RUNS = { numRuns: 300, seed: 20261206 };

function simAccepts(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof SimInputError) return false;
    throw error;
  }
}

const hasRule = (doc: unknown, ruleId: string): boolean =>
  grade(JSON.stringify(doc)).findings.some((f) => f.ruleId === ruleId && f.severity === 'error');

// Schedule expressions: mostly near-valid, built from the tokens people actually write.
const num = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map(String);
const cronToken = fc.oneof(
  fc.constantFrom(
    '*',
    '?',
    'L',
    'LW',
    '15W',
    '6L',
    'FRI#3',
    'MON#6',
    'MON-FRI',
    '1-5',
    '5-1',
    '0/15',
    'JAN',
    'x',
    '#',
  ),
  num(0, 62),
  fc.tuple(num(0, 40), num(0, 40)).map(([a, b]) => `${a}-${b}`),
  fc.tuple(num(0, 40), num(0, 12)).map(([a, b]) => `${a}/${b}`),
  num(1965, 2205),
);
const pad = (n: number) => String(n).padStart(2, '0');
const scheduleArb = fc.oneof(
  fc.array(cronToken, { minLength: 5, maxLength: 7 }).map((f) => `cron(${f.join(' ')})`),
  fc
    .tuple(
      fc.integer({ min: 2024, max: 2030 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 24 }),
      fc.integer({ min: 0, max: 60 }),
    )
    .map(([y, mo, d, h, mi]) => `at(${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00)`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom('minute', 'minutes', 'hour', 'hours', 'day', 'days', 'weeks'),
    )
    .map(([n, u]) => `rate(${n} ${u})`),
  fc.constantFrom('cron(45 8 ? * MON-FRI *)', 'cron(45 8 ? * 2-6 *)', 'cron(0 9 L * ? *)'),
);

describe('every consumer reads schedule expressions the same way', () => {
  it('the grader flags exactly what the simulator refuses', () => {
    fc.assert(
      fc.property(scheduleArb, (expression) => {
        const sim = simAccepts(() => parseSchedule(expression));
        expect(hasRule(scheduledAction({ Schedule: expression }), 'scaling/schedule'), expression).toBe(!sim);
        if (sim)
          expect(simAccepts(() => nextScheduleTimes(expression, 0, 86_400_000, 'Asia/Tokyo'))).toBe(true);
        if (firesWeekdaysAt(expression, 8, 45)) expect(sim, expression).toBe(true);
      }),
      RUNS,
    );
  });
  it('finds both outcomes, so agreement is not vacuous', () => {
    const samples = fc.sample(scheduleArb, { numRuns: 300, seed: 20261206 });
    const accepted = samples.filter((s) => simAccepts(() => parseSchedule(s))).length;
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(samples.length - 10);
  });
});

const memoryValues = [...new Set(fargateSizePairs().map(([, m]) => m))];
const sizeArb = fc.tuple(
  fc.oneof(fc.constantFrom(...FARGATE_CPU_VALUES), fc.integer({ min: 128, max: 40_000 })),
  fc.oneof(fc.constantFrom(...memoryValues), fc.integer({ min: 1, max: 260_000 })),
);

describe('every consumer reads Fargate sizes the same way', () => {
  it('grader, simulator cost, cost widget and capacity split widget agree', () => {
    fc.assert(
      fc.property(sizeArb, ([cpu, memory]) => {
        const sim = simAccepts(() =>
          estimateMonthlyCost({
            region: 'us-east-1',
            launchType: 'FARGATE',
            cpu,
            memoryMiB: memory,
            tasks: 1,
          }),
        );
        const label = `${cpu}/${memory}`;
        expect(
          hasRule(fargateTd({ cpu: String(cpu), memory: String(memory) }), 'taskdef/fargate-size'),
          label,
        ).toBe(!sim);
        expect(
          compareCosts({ ...DEFAULT_COST_STATE, region: 'us-east-1', cpu, memory }).fargate.ok,
          label,
        ).toBe(sim);
        const split = splitCost({
          rows: [{ provider: 'FARGATE', base: 0, weight: 1 }],
          desired: 2,
          cpu,
          memory,
          region: 'us-east-1',
        });
        expect(split.ok, label).toBe(sim);
        expect(
          fargateSizes().some(([c, m]) => c === cpu && m === memory),
          label,
        ).toBe(sim);
        if (cpu === 1024) {
          const goal = fixFargateSize.goals.find((g) => g.id === 'memory');
          const doc = fargateTd({ cpu: '1 vCPU', memory: String(memory) });
          expect(goal?.check(doc), label).toBe(sim && memory >= 2048);
        }
      }),
      RUNS,
    );
  });
});

const strategyArb = fc.array(
  fc.record(
    {
      capacityProvider: fc.constantFrom('FARGATE', 'FARGATE_SPOT', 'my-asg'),
      base: fc.integer({ min: 0, max: 4 }),
      weight: fc.integer({ min: 0, max: 3 }),
    },
    { requiredKeys: ['capacityProvider'] },
  ),
  { minLength: 0, maxLength: 4 },
);

describe('every consumer reads capacity provider strategies the same way', () => {
  it('grader, simulator split, exercise helper and split widget agree', () => {
    fc.assert(
      fc.property(strategyArb, fc.integer({ min: 1, max: 30 }), (strategy, desired) => {
        const sim = simAccepts(() => splitTasks(strategy, desired));
        const svc = { ...fargateService(), capacityProviderStrategy: strategy };
        delete (svc as Record<string, unknown>)['launchType'];
        const label = JSON.stringify(strategy);
        const graderRefuses = grade(JSON.stringify(svc)).findings.some(
          (f) => f.ruleId === 'service/capacity-provider-strategy' || f.ruleId === 'schema/invalid',
        );
        if (strategy.length > 0) expect(graderRefuses, label).toBe(!sim);
        const rows = strategy.map((s) => ({
          provider: s.capacityProvider,
          base: s.base ?? 0,
          weight: s.weight ?? 0,
        }));
        const widget = evaluateSplit({ rows, desired, cpu: 256, memory: 512, region: 'us-east-1' });
        expect(widget.ok, label).toBe(sim);
        if (!sim) return;
        const split = splitTasks(strategy, desired);
        for (const provider of new Set(strategy.map((s) => s.capacityProvider))) {
          expect(providerShare(strategy, provider, desired), label).toBeCloseTo(
            (split[provider] ?? 0) / desired,
            12,
          );
          if (widget.ok)
            expect(widget.shares.find((s) => s.provider === provider)?.tasks, label).toBe(split[provider]);
        }
      }),
      RUNS,
    );
  });
});
