import { expect, it } from 'vitest';
import { judgeAnswer } from './judge.ts';

it('judges a chosen option against the answer', () => {
  expect(judgeAnswer(2, 2)).toBe('correct');
  expect(judgeAnswer(0, 2)).toBe('incorrect');
  expect(judgeAnswer(-1, 2)).toBe('none');
  expect(judgeAnswer(Number.NaN, 2)).toBe('none');
});
