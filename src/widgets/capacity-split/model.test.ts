import { describe, expect, it } from 'vitest';
import { DEFAULT_SPLIT_STATE, evaluateSplit, readSplitState, splitCost } from './model.ts';

describe('capacity split widget model', () => {
  it('splits the default strategy as AWS documents it: 4 on FARGATE, 6 on FARGATE_SPOT', () => {
    const outcome = evaluateSplit(DEFAULT_SPLIT_STATE);
    expect(outcome).toMatchObject({
      ok: true,
      rounded: false,
      shares: [
        { provider: 'FARGATE', tasks: 4, ideal: 4 },
        { provider: 'FARGATE_SPOT', tasks: 6, ideal: 6 },
      ],
    });
  });

  it('flags an uneven split as rounded by our model', () => {
    const outcome = evaluateSplit({ ...DEFAULT_SPLIT_STATE, desired: 5 });
    expect(outcome.ok && outcome.rounded).toBe(true);
  });

  it('turns an invalid strategy into a message naming the field', () => {
    const outcome = evaluateSplit({
      ...DEFAULT_SPLIT_STATE,
      rows: [
        { provider: 'FARGATE', base: 1, weight: 1 },
        { provider: 'FARGATE_SPOT', base: 1, weight: 1 },
      ],
      desired: 4,
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/base/i);
  });

  it('prices the split: more Spot costs less', () => {
    const mostlySpot = splitCost(DEFAULT_SPLIT_STATE);
    const allOnDemand = splitCost({
      ...DEFAULT_SPLIT_STATE,
      rows: [{ provider: 'FARGATE', base: 0, weight: 1 }],
    });
    if (!mostlySpot.ok || !allOnDemand.ok) throw new Error('expected prices');
    expect(mostlySpot.estimate.totalUsd).toBeLessThan(allOnDemand.estimate.totalUsd);
  });

  it('reads only well-formed states from untrusted input', () => {
    expect(readSplitState(JSON.parse(JSON.stringify(DEFAULT_SPLIT_STATE)))).toEqual(DEFAULT_SPLIT_STATE);
    expect(readSplitState({ rows: 'x' })).toBeUndefined();
    expect(readSplitState({ rows: [{ provider: 3 }] })).toBeUndefined();
    expect(readSplitState(null)).toBeUndefined();
    expect(readSplitState({ rows: [{ provider: 'FARGATE', base: 'two' }], desired: 'ten' })).toEqual({
      ...DEFAULT_SPLIT_STATE,
      rows: [{ provider: 'FARGATE', base: 0, weight: 0 }],
    });
    expect(
      readSplitState({ rows: Array.from({ length: 50 }, () => ({ provider: 'FARGATE' })) })?.rows,
    ).toHaveLength(21);
  });
});
