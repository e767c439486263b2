import { describe, expect, it } from 'vitest';
import { SimInputError, splitTasks } from '../sim/index.ts';
import { fieldNameJa, simErrorText } from './sim-error-text.ts';

function caught(run: () => unknown): SimInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof SimInputError) return error;
  }
  throw new Error('expected a SimInputError');
}

const LATIN_WORDS = /\b(must|got|between|finite|number|strategy|capacity)\b/i;

describe('simErrorText', () => {
  it('says NaN in Japanese, naming the field', () => {
    const text = simErrorText('ja', {
      code: 'NOT_A_NUMBER',
      field: 'desiredCount',
      message: 'desiredCount must be a finite number, got NaN.',
    });
    expect(text).toBe('希望タスク数には数値を入力してください（入力値: NaN）。');
  });

  it('gives the range in Japanese', () => {
    const text = simErrorText('ja', {
      code: 'OUT_OF_RANGE',
      field: 'strategy[1].weight',
      message: 'strategy[1].weight must be between 0 and 1000, got 5000.',
    });
    expect(text).toBe(
      'キャパシティプロバイダー戦略の 2 行目のweight（重み）は 0 以上 1000 以下にしてください（入力値: 5000）。',
    );
  });

  it('says each strategy rule in Japanese, and keeps English in English', () => {
    const error = caught(() =>
      splitTasks(
        [
          { capacityProvider: 'FARGATE', base: 0, weight: 0 },
          { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 0 },
        ],
        4,
      ),
    );
    const ja = simErrorText('ja', error);
    expect(ja).toContain('weight がすべて 0');
    expect(ja).not.toMatch(LATIN_WORDS);
    expect(simErrorText('en', error)).toBe(error.message);
  });

  it('has Japanese text for every code', () => {
    for (const code of [
      'NOT_A_NUMBER',
      'NOT_AN_INTEGER',
      'OUT_OF_RANGE',
      'INVALID_VALUE',
      'UNKNOWN_VALUE',
      'INVALID_STRATEGY',
      'INVALID_EXPRESSION',
      'PRICE_NOT_AVAILABLE',
      'UNSUPPORTED_COMBINATION',
    ]) {
      const text = simErrorText('ja', { code, field: 'desiredCount', message: 'x must be something.' });
      expect(text, code).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(text, code).not.toMatch(LATIN_WORDS);
    }
  });
});

describe('fieldNameJa', () => {
  it('names nested and unknown fields', () => {
    expect(fieldNameJa('strategy[0].base')).toBe(
      'キャパシティプロバイダー戦略の 1 行目のbase（最低タスク数）',
    );
    expect(fieldNameJa('somethingNew')).toBe('somethingNew');
  });
});
