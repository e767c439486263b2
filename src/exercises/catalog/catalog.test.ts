import { describe, expect, it } from 'vitest';
import { LESSON_SLUGS } from '../grader/index.ts';
import { evaluateExercise } from './evaluate.ts';
import { EXERCISES, findExercise } from './index.ts';
import { parseDocument } from './parse-document.ts';
import { providerShare } from './scaling-checks.ts';

describe('exercise catalogue', () => {
  it('has at least 15 exercises with unique ids covering chapters 2 to 11', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(15);
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const chapters = new Set(EXERCISES.map((e) => e.chapter));
    for (const slug of LESSON_SLUGS.slice(1, 11)) expect(chapters, slug).toContain(slug);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s has texts in both languages', (_id, exercise) => {
    expect(exercise.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const texts = [
      exercise.title,
      exercise.instructions,
      ...exercise.hints,
      ...exercise.goals.map((g) => g.text),
    ];
    for (const text of texts) {
      expect(text.ja.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(exercise.hints.length).toBeGreaterThan(0);
    expect(exercise.goals.length).toBeGreaterThan(0);
    expect(new Set(exercise.goals.map((g) => g.id)).size).toBe(exercise.goals.length);
    expect(findExercise(exercise.id)).toBe(exercise);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s: the starter does not pass', (_id, exercise) => {
    expect(evaluateExercise(exercise, exercise.starter).passed).toBe(false);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s: the reference solution passes', (_id, exercise) => {
    const result = evaluateExercise(exercise, exercise.solution);
    expect(result.grade.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.grade.kind).toBe(exercise.kind);
    expect(result.goals.filter((g) => !g.passed)).toEqual([]);
    expect(result.passed).toBe(true);
  });
});

describe('goal checks', () => {
  it('never throw on documents of the wrong shape', () => {
    const odd = [
      '',
      'null',
      '[]',
      '42',
      '"x"',
      '{"containerDefinitions": 7, "Statement": "x", "Resources": []}',
    ];
    for (const exercise of EXERCISES) {
      for (const source of odd) expect(() => evaluateExercise(exercise, source)).not.toThrow();
      for (const goal of exercise.goals) {
        for (const value of [undefined, null, 0, 'x', [], {}, { containerDefinitions: [null] }])
          expect(() => goal.check(value), `${exercise.id}/${goal.id}`).not.toThrow();
      }
    }
  });

  it('reads CloudFormation short-form tags as their long form', () => {
    const doc = parseDocument('A: !Ref B\nC: !GetAtt D.Arn\nE: !Sub [x, {}]\n', 'yaml');
    expect(doc).toEqual({ A: { Ref: 'B' }, C: { 'Fn::GetAtt': ['D', 'Arn'] }, E: { 'Fn::Sub': ['x', {}] } });
    expect(parseDocument('{oops', 'json')).toBeUndefined();
  });

  it('computes a capacity provider split with base first, then weights', () => {
    const strategy = [
      { capacityProvider: 'FARGATE', base: 2, weight: 0 },
      { capacityProvider: 'FARGATE_SPOT', weight: 1 },
    ];
    expect(providerShare(strategy, 'FARGATE_SPOT', 8)).toBe(0.75);
    expect(
      providerShare(
        [
          { capacityProvider: 'FARGATE_SPOT', weight: 3 },
          { capacityProvider: 'FARGATE', weight: 1 },
        ],
        'FARGATE_SPOT',
        8,
      ),
    ).toBe(0.75);
  });
});
