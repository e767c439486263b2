export type Verdict = 'correct' | 'incorrect' | 'none';

/** Compares the chosen option index (-1 for none) with the right one. */
export function judgeAnswer(chosen: number, answer: number): Verdict {
  if (!Number.isInteger(chosen) || chosen < 0) return 'none';
  return chosen === answer ? 'correct' : 'incorrect';
}
