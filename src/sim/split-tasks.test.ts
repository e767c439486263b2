import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimInputError } from './errors.ts';
import {
  idealShares,
  scaleSequence,
  splitTasks,
  validateStrategy,
  type CapacityProviderStrategyItem,
} from './split-tasks.ts';

const od = (base: number, weight: number): CapacityProviderStrategyItem => ({
  capacityProvider: 'FARGATE',
  base,
  weight,
});
const spot = (weight: number): CapacityProviderStrategyItem => ({ capacityProvider: 'FARGATE_SPOT', weight });

function errorOf(fn: () => unknown): SimInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SimInputError) return e;
    throw e;
  }
  throw new Error('expected SimInputError');
}

describe('splitTasks: AWS examples', () => {
  it('weights 1:1 split evenly', () => {
    expect(splitTasks([od(0, 1), spot(1)], 10)).toEqual({ FARGATE: 5, FARGATE_SPOT: 5 });
  });
  it('weights 1:4 give 4 on B for each 1 on A', () => {
    expect(splitTasks([od(0, 1), spot(4)], 10)).toEqual({ FARGATE: 2, FARGATE_SPOT: 8 });
  });
  it('Spot workshop: base 2, w1/w3, 10 tasks → 4/6', () => {
    expect(splitTasks([od(2, 1), spot(3)], 10)).toEqual({ FARGATE: 4, FARGATE_SPOT: 6 });
  });
  it('Spot workshop: 22 tasks → 7/15', () => {
    expect(splitTasks([od(2, 1), spot(3)], 22)).toEqual({ FARGATE: 7, FARGATE_SPOT: 15 });
  });
  it('fewer tasks than the base all go to the base provider', () => {
    expect(splitTasks([od(5, 1), spot(3)], 3)).toEqual({ FARGATE: 3, FARGATE_SPOT: 0 });
  });
  it('uneven case uses largest remainder (model assumption): 5 tasks → 3/2', () => {
    expect(splitTasks([od(2, 1), spot(3)], 5)).toEqual({ FARGATE: 3, FARGATE_SPOT: 2 });
  });
  it('ties go to the earlier item', () => {
    expect(splitTasks([spot(1), od(0, 1)], 3)).toEqual({ FARGATE_SPOT: 2, FARGATE: 1 });
  });
  it('weight-0 provider gets no weighted tasks', () => {
    expect(splitTasks([od(0, 0), spot(1)], 7)).toEqual({ FARGATE: 0, FARGATE_SPOT: 7 });
  });
});

describe('splitTasks: invalid strategies', () => {
  const cases: [string, CapacityProviderStrategyItem[], string][] = [
    ['empty', [], 'strategy'],
    ['two bases', [od(1, 1), { capacityProvider: 'FARGATE_SPOT', base: 1, weight: 1 }], 'strategy[1].base'],
    ['all weights zero', [od(1, 0), spot(0)], 'strategy'],
    ['weight above 1000', [od(0, 1001)], 'strategy[0].weight'],
    ['negative weight', [od(0, -1)], 'strategy[0].weight'],
    ['base above 100000', [od(100_001, 1)], 'strategy[0].base'],
    ['duplicate provider', [od(0, 1), od(0, 1)], 'strategy[1].capacityProvider'],
    ['mixed Fargate and ASG', [od(0, 1), { capacityProvider: 'my-asg-cp', weight: 1 }], 'strategy'],
    ['non-integer weight', [od(0, 1.5)], 'strategy[0].weight'],
  ];
  it.each(cases)('%s', (_name, strategy, field) => {
    expect(errorOf(() => splitTasks(strategy, 4)).field).toBe(field);
  });
  it('more than 20 items', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ capacityProvider: `asg-${i}`, weight: 1 }));
    const err = errorOf(() => splitTasks(many, 4));
    expect(err.code).toBe('INVALID_STRATEGY');
    expect(err.message).toMatch(/at most 20/);
  });
  it('20 ASG items are fine', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ capacityProvider: `asg-${i}`, weight: 1 }));
    expect(Object.values(splitTasks(many, 40)).every((n) => n === 2)).toBe(true);
  });
  it.each([-1, 1.5, Number.NaN, 100_001])('bad desiredCount %s', (n) => {
    expect(errorOf(() => splitTasks([od(0, 1)], n)).field).toBe('desiredCount');
  });
});

const strategyArb = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }),
    fc.integer({ min: 0, max: 50 }),
    fc.nat(),
  )
  .filter(([w]) => w.some((x) => x > 0))
  .map(([weights, base, at]) =>
    weights.map((weight, i) => ({
      capacityProvider: `cp-${i}`,
      weight,
      ...(i === at % weights.length ? { base } : {}),
    })),
  );

describe('splitTasks: properties', () => {
  it('sums to desired, honours the base, stays within one task of the ideal share', () => {
    fc.assert(
      fc.property(strategyArb, fc.integer({ min: 0, max: 500 }), (strategy, n) => {
        const split = splitTasks(strategy, n);
        const counts = strategy.map((s) => split[s.capacityProvider] ?? -1);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
        const ideal = idealShares(validateStrategy(strategy), n);
        counts.forEach((c, i) => expect(Math.abs(c - (ideal[i] ?? 0))).toBeLessThan(1));
        strategy.forEach((s, i) => {
          if ((s.base ?? 0) > 0) expect(counts[i]).toBeGreaterThanOrEqual(Math.min(s.base ?? 0, n));
        });
      }),
    );
  });
});

describe('scaleSequence', () => {
  it('scaling out from 0 to 10 with base 2, w1/w3 fills the base first', () => {
    const steps = scaleSequence([od(2, 1), spot(3)], 0, 10);
    expect(steps.map((s) => s.capacityProvider)).toEqual([
      'FARGATE',
      'FARGATE',
      'FARGATE_SPOT',
      'FARGATE', // n=4: exact shares 2.5 / 1.5, tie goes to the earlier item
      'FARGATE_SPOT',
      'FARGATE_SPOT',
      'FARGATE_SPOT',
      'FARGATE',
      'FARGATE_SPOT',
      'FARGATE_SPOT',
    ]);
    expect(steps.at(-1)?.split).toEqual({ FARGATE: 4, FARGATE_SPOT: 6 });
  });
  it('scaling in removes one task at a time', () => {
    const steps = scaleSequence([od(0, 1), spot(1)], 4, 2);
    expect(steps.map((s) => [s.desiredCount, s.change])).toEqual([
      [3, -1],
      [2, -1],
    ]);
    expect(steps.at(-1)?.split).toEqual({ FARGATE: 1, FARGATE_SPOT: 1 });
  });
  it('property: each step changes one task and keeps every count within one of its share', () => {
    fc.assert(
      fc.property(
        strategyArb,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (strategy, a, b) => {
          const items = validateStrategy(strategy);
          const steps = scaleSequence(strategy, a, b);
          expect(steps.length).toBe(Math.abs(a - b));
          for (const step of steps) {
            const ideal = idealShares(items, step.desiredCount);
            const counts = items.map((it) => step.split[it.name] ?? -1);
            expect(counts.reduce((x, y) => x + y, 0)).toBe(step.desiredCount);
            counts.forEach((c, i) => {
              expect(c).toBeGreaterThanOrEqual(0);
              expect(Math.abs(c - (ideal[i] ?? 0))).toBeLessThan(1 + 1e-9);
            });
          }
        },
      ),
    );
  });
});
