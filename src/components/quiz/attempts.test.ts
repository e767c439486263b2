import { describe, expect, it } from 'vitest';
import { FRESH, checkAttempt } from './attempts.ts';

describe('checkAttempt', () => {
  it('asks for a choice without using up a try', () => {
    const outcome = checkAttempt(FRESH, -1, 2);
    expect(outcome).toMatchObject({
      verdict: 'none',
      state: FRESH,
      showHint: false,
      reveal: false,
      save: false,
    });
  });

  it('ends the round on a right first answer and saves it', () => {
    expect(checkAttempt(FRESH, 2, 2)).toEqual({
      verdict: 'correct',
      state: { wrong: 0, done: true },
      showHint: false,
      reveal: true,
      save: true,
    });
  });

  it('shows the hint after a first wrong answer and keeps the explanation back', () => {
    const first = checkAttempt(FRESH, 0, 2);
    expect(first).toMatchObject({ verdict: 'incorrect', showHint: true, reveal: false, save: false });
    const second = checkAttempt(first.state, 2, 2);
    expect(second).toMatchObject({
      verdict: 'correct',
      reveal: true,
      save: true,
      state: { wrong: 1, done: true },
    });
  });

  it('reveals the answer and saves the miss after a second wrong answer', () => {
    const first = checkAttempt(FRESH, 0, 2);
    const second = checkAttempt(first.state, 1, 2);
    expect(second).toMatchObject({ verdict: 'incorrect', showHint: true, reveal: true, save: true });
    expect(second.state.done).toBe(true);
  });

  it('judges later checks without saving over the recorded result', () => {
    const done = checkAttempt(checkAttempt(FRESH, 0, 2).state, 1, 2).state;
    expect(checkAttempt(done, 2, 2)).toMatchObject({ verdict: 'correct', reveal: true, save: false });
  });
});
