import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashSeed, shuffledOrder } from './shuffle.ts';

describe('shuffledOrder', () => {
  it('is a permutation of the source indexes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.string(), (count, seed) => {
        expect([...shuffledOrder(count, seed)].sort((a, b) => a - b)).toEqual(
          Array.from({ length: count }, (_, index) => index),
        );
      }),
    );
  });

  it('gives the same order for the same learner and quiz', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        expect(shuffledOrder(4, seed)).toEqual(shuffledOrder(4, seed));
      }),
    );
  });

  it('pins the order for fixed seeds (a change would reshuffle every learner)', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect([shuffledOrder(4, 'learner1:arch-plane'), shuffledOrder(4, 'learner1:arch-new-revision')])
      .toMatchInlineSnapshot(`
      [
        [
          0,
          2,
          1,
          3,
        ],
        [
          2,
          0,
          3,
          1,
        ],
      ]
    `);
  });

  it('puts the first source option in every position about equally often across quizzes', () => {
    const counts = [0, 0, 0, 0];
    for (let quiz = 0; quiz < 4000; quiz += 1) {
      const order = shuffledOrder(4, `learner:q-${quiz}`);
      counts[order.indexOf(0)] = (counts[order.indexOf(0)] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });
});
