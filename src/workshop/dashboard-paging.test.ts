import { describe, expect, it } from 'vitest';
import { DASHBOARD_PAGE_SIZE, cappedLines, memoise, pageOf } from './dashboard-paging.ts';

describe('pageOf', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);

  it('cuts a list into pages of the page size', () => {
    expect(pageOf(items, 0)).toMatchObject({ index: 0, pages: 3, from: 1, to: 100, total: 250 });
    expect(pageOf(items, 2).rows).toEqual(items.slice(200));
    expect(pageOf(items, 2)).toMatchObject({ from: 201, to: 250 });
    expect(pageOf(items, 0).rows).toHaveLength(DASHBOARD_PAGE_SIZE);
  });

  it('clamps pages out of range, fractional or not a number', () => {
    expect(pageOf(items, 99).index).toBe(2);
    expect(pageOf(items, -5).index).toBe(0);
    expect(pageOf(items, 1.7).index).toBe(1);
    expect(pageOf(items, Number.NaN).index).toBe(0);
  });

  it('gives an empty list one empty page', () => {
    expect(pageOf([], 3)).toEqual({ rows: [], index: 0, pages: 1, from: 0, to: 0, total: 0 });
  });
});

describe('memoise', () => {
  it('recomputes only when the key changes', () => {
    let calls = 0;
    const square = memoise(
      (n: number) => {
        calls += 1;
        return n * n;
      },
      (a, b) => a === b,
    );
    expect([square(3), square(3), square(4), square(4), square(3)]).toEqual([9, 9, 16, 16, 9]);
    expect(calls).toBe(3);
  });
});

describe('cappedLines', () => {
  it('lists up to the cap and counts the rest in one line', () => {
    expect(cappedLines(['a', 'b'], 'and {n} more', 2)).toEqual(['a', 'b']);
    expect(cappedLines(['a', 'b', 'c', 'd'], 'and {n} more', 2)).toEqual(['a', 'b', 'and 2 more']);
    expect(cappedLines(Array.from({ length: 100_000 }, String), '+{n}')).toHaveLength(201);
  });
});
