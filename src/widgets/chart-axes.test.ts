import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, tickStep, ticks } from './chart-axes.ts';

describe('tickStep', () => {
  it('picks a clock step that leaves room on a phone and more ticks on a laptop', () => {
    const hours = [60, 120, 180, 240, 360, 720];
    expect(tickStep(1440, 300, 56, hours)).toBe(360);
    expect(tickStep(1440, 800, 56, hours)).toBe(120);
  });

  it('picks nice numbers when no steps are given', () => {
    expect(tickStep(21, 150, 20)).toBe(5);
    expect(tickStep(21, 400, 20)).toBe(2);
    expect(tickStep(100, 150, 28)).toBe(20);
  });

  it('always leaves the gap asked for', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1e6, noNaN: true }),
        fc.integer({ min: 50, max: 2000 }),
        (range, pixels) => {
          const step = tickStep(range, pixels, 24);
          expect(step === range || (step / range) * pixels >= 24).toBe(true);
        },
      ),
    );
  });
});

describe('ticks', () => {
  it('lists the ticks from 0 to the end', () => {
    expect(ticks(1440, 360)).toEqual([0, 360, 720, 1080, 1440]);
    expect(ticks(21, 5)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(1, 0.1)).toHaveLength(11);
  });
});

describe('placeLabels', () => {
  it('never lets "21" sit on "20": the guide wins and the clash is dropped', () => {
    const placed = placeLabels(
      [
        { value: 0, px: 176, priority: 1 },
        { value: 20, px: 18, priority: 2 },
        { value: 21, px: 10, priority: 1 },
      ],
      14,
    );
    expect(placed.map((label) => label.value)).toEqual([20, 0]);
  });

  it('keeps every pair at least the gap apart', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.integer(),
            px: fc.integer({ min: 0, max: 300 }),
            priority: fc.integer({ min: 0, max: 3 }),
          }),
        ),
        (labels) => {
          const placed = placeLabels(labels, 14);
          for (let i = 1; i < placed.length; i++)
            expect((placed[i]?.px ?? 0) - (placed[i - 1]?.px ?? 0)).toBeGreaterThanOrEqual(14);
        },
      ),
    );
  });
});
