import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  idealShares,
  largestRemainder,
  splitCounts,
  strategyProblems,
  type StrategyItem,
  type StrategyItemInput,
} from './capacity-provider-strategy.ts';

const item = (capacityProvider: string, base?: number, weight?: number): StrategyItemInput => ({
  capacityProvider,
  base,
  weight,
});
const codes = (items: StrategyItemInput[]): string[] => strategyProblems(items).map((p) => p.code);

describe('strategyProblems', () => {
  it('accepts AWS examples', () => {
    expect(codes([item('FARGATE', 2, 1), item('FARGATE_SPOT', undefined, 3)])).toEqual([]);
  });
  it.each([
    ['empty', [], ['empty']],
    ['two bases', [item('FARGATE', 1, 1), item('FARGATE_SPOT', 1, 1)], ['two-bases']],
    ['all weights default to 0', [item('FARGATE', 2), item('FARGATE_SPOT')], ['all-weights-zero']],
    ['mixed kinds', [item('FARGATE', 0, 1), item('my-asg', 0, 1)], ['mixed-kinds']],
    ['duplicate', [item('FARGATE', 0, 1), item('FARGATE', 0, 1)], ['duplicate']],
    ['weight above 1000', [item('FARGATE', 0, 1001)], ['weight-range']],
    ['base above 100000', [item('FARGATE', 100_001, 1)], ['base-range']],
  ] as const)('%s', (_name, items, expected) => {
    expect(codes([...items])).toEqual(expected);
  });
  it('allows 20 providers, not 21', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => item(`asg-${i}`, 0, 1));
    expect(codes(many(20))).toEqual([]);
    expect(codes(many(21))).toEqual(['too-many']);
  });
  it('judges nothing it cannot read (a CloudFormation intrinsic)', () => {
    expect(codes([{ capacityProvider: 'unknown', base: 'unknown', weight: 'unknown' }])).toEqual([]);
  });
  it('points at the second base', () => {
    expect(strategyProblems([item('a', 1, 1), item('b', 0, 1), item('c', 2, 1)])[0]).toMatchObject({
      code: 'two-bases',
      index: 2,
      key: 'base',
    });
  });
});

describe('splitCounts', () => {
  const items = (...spec: [string, number, number][]): StrategyItem[] =>
    spec.map(([name, base, weight]) => ({ name, base, weight }));
  it('follows the AWS Spot workshop: base 2, weights 1 and 3', () => {
    const s = items(['FARGATE', 2, 1], ['FARGATE_SPOT', 0, 3]);
    expect(splitCounts(s, 10)).toEqual([4, 6]);
    expect(splitCounts(s, 22)).toEqual([7, 15]);
  });
  it('rounds an uneven split by largest remainder (our assumption)', () => {
    expect(splitCounts(items(['FARGATE', 2, 1], ['FARGATE_SPOT', 0, 3]), 5)).toEqual([3, 2]);
  });
  it('always sums to the desired count and stays within one task of the exact share', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 })
          .filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 500 }),
        (weights, base, desired) => {
          const s = weights.map((weight, i) => ({ name: `cp-${i}`, base: i === 0 ? base : 0, weight }));
          const counts = splitCounts(s, desired);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(desired);
          idealShares(s, desired).forEach((share, i) =>
            expect(Math.abs((counts[i] ?? 0) - share)).toBeLessThan(1),
          );
        },
      ),
    );
  });
  it('hands leftovers to the earlier item on a tie', () => {
    expect(largestRemainder([0.5, 0.5], 1)).toEqual([1, 0]);
  });
});
