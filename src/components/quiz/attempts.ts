import { judgeAnswer, type Verdict } from './judge.ts';

/** How many wrong answers a learner gets before the answer and explanation are shown. */
export const TRIES = 2;

/** Where a learner is with one question. */
export interface AttemptState {
  /** Wrong answers so far in this round. */
  wrong: number;
  /** True once the answer was right or the tries ran out: the explanation is shown. */
  done: boolean;
}

/** What the page should show after a check. */
export interface AttemptOutcome {
  verdict: Verdict;
  state: AttemptState;
  /** Show the hint (after a first wrong answer). */
  showHint: boolean;
  /** Mark the correct option and show the explanation. */
  reveal: boolean;
  /** Record this answer in the progress store (only once a round ends). */
  save: boolean;
}

export const FRESH: AttemptState = { wrong: 0, done: false };

/**
 * One press of "check": a right answer ends the round; a first wrong answer shows the hint and
 * allows another try; the last wrong answer reveals the correct option and the explanation. After
 * the round has ended, checks still judge (the learner may explore) but change nothing else.
 */
export function checkAttempt(state: AttemptState, chosen: number, answer: number): AttemptOutcome {
  const verdict = judgeAnswer(chosen, answer);
  if (verdict === 'none') return { verdict, state, showHint: false, reveal: false, save: false };
  if (state.done) return { verdict, state, showHint: false, reveal: true, save: false };
  if (verdict === 'correct') {
    return { verdict, state: { ...state, done: true }, showHint: false, reveal: true, save: true };
  }
  const wrong = state.wrong + 1;
  if (wrong < TRIES)
    return { verdict, state: { wrong, done: false }, showHint: true, reveal: false, save: false };
  return { verdict, state: { wrong, done: true }, showHint: true, reveal: true, save: true };
}
