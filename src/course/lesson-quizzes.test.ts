import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerIsLongest, answerPositionShares, extractQuizzes, type LessonQuiz } from './lesson-quizzes.ts';

describe('extractQuizzes', () => {
  it('reads every attribute form the lessons use', () => {
    const mdx = [
      'Intro',
      '<Quiz',
      '  id="q-one"',
      '  question={\'Say "hi"?\'}',
      '  options={[',
      "    'first',",
      '    "it\'s second",',
      '  ]}',
      '  answer={1}',
      '  hint={"Think of \\"hi\\""}',
      '>',
      '  Because.',
      '</Quiz>',
    ].join('\n');
    expect(extractQuizzes(mdx)).toEqual([
      {
        id: 'q-one',
        question: 'Say "hi"?',
        options: ['first', "it's second"],
        answer: 1,
        hint: 'Think of "hi"',
        explanation: 'Because.',
        line: 2,
      },
    ]);
  });

  it('leaves a missing hint empty and a missing answer NaN, so the rules below catch them', () => {
    const [quiz] = extractQuizzes(
      '<Quiz\n  id="x"\n  question="q"\n  options={[\'a\', \'b\']}\n>\n  e\n</Quiz>',
    );
    expect(quiz?.hint).toBe('');
    expect(quiz?.answer).toBeNaN();
  });
});

describe('answer balance helpers', () => {
  const quiz = (options: string[], answer: number): LessonQuiz => ({
    id: 'q',
    question: '',
    options,
    answer,
    hint: '',
    explanation: '',
    line: 1,
  });
  it('counts shares per position', () => {
    expect(
      answerPositionShares([quiz(['a', 'b'], 1), quiz(['a', 'b'], 1), quiz(['a', 'b'], 0), quiz(['a'], 0)]),
    ).toEqual([0.5, 0.5]);
  });
  it('calls an answer longest only when it is strictly longer than every other option', () => {
    expect(answerIsLongest(quiz(['short', 'much longer'], 1))).toBe(true);
    expect(answerIsLongest(quiz(['same', 'same'], 1))).toBe(false);
    expect(answerIsLongest(quiz(['長い選択肢です', 'abc'], 0))).toBe(true);
  });
});

const docs = join(import.meta.dirname, '..', 'content', 'docs');
const slugs = readdirSync(join(docs, 'lessons'))
  .filter((file) => file.endsWith('.mdx'))
  .sort();
const read = (...parts: string[]) => extractQuizzes(readFileSync(join(docs, ...parts), 'utf8'));
const editions = {
  ja: slugs.flatMap((file) => read('lessons', file)),
  en: slugs.flatMap((file) => read('en', 'lessons', file)),
};

describe('the knowledge checks', () => {
  it('found the quizzes of every lesson', () => {
    expect(editions.ja.length).toBeGreaterThanOrEqual(3 * slugs.length);
    expect(editions.en.length).toBe(editions.ja.length);
  });

  it('ask the same questions in both languages, with the same answer and number of options', () => {
    const shape = (quizzes: LessonQuiz[]) => quizzes.map((q) => [q.id, q.answer, q.options.length]);
    expect(shape(editions.en)).toEqual(shape(editions.ja));
  });

  for (const [lang, quizzes] of Object.entries(editions)) {
    it(`${lang}: every quiz has a valid answer, a hint and an explanation, and distinct options`, () => {
      const problems = quizzes.flatMap((quiz) => {
        const found: string[] = [];
        if (!Number.isInteger(quiz.answer) || quiz.answer < 0 || quiz.answer >= quiz.options.length)
          found.push('answer is not an option');
        if (quiz.options.length < 3) found.push('fewer than three options');
        if (new Set(quiz.options).size !== quiz.options.length) found.push('repeated option');
        if (quiz.hint.trim().length < 10) found.push('no real hint');
        if (quiz.question.trim() === '' || quiz.explanation === '')
          found.push('empty question or explanation');
        return found.map((problem) => `${quiz.id}: ${problem}`);
      });
      expect(problems).toEqual([]);
    });

    it(`${lang}: no answer position holds more than 35 % of the answers`, () => {
      const shares = answerPositionShares(quizzes);
      expect(shares.length).toBeGreaterThanOrEqual(4);
      for (const share of shares) expect(share).toBeLessThanOrEqual(0.35);
    });

    it(`${lang}: the longest option is the answer at most 40 % of the time`, () => {
      const longest = quizzes.filter(answerIsLongest);
      expect(longest.length / quizzes.length).toBeLessThanOrEqual(0.4);
    });

    it(`${lang}: the hint does not quote the answer`, () => {
      const leaks = quizzes.filter((quiz) => {
        const answer = quiz.options[quiz.answer] ?? '';
        return answer.length > 4 && quiz.hint.includes(answer);
      });
      expect(leaks.map((quiz) => quiz.id)).toEqual([]);
    });
  }
});
