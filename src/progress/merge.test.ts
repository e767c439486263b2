import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeProgress } from './merge.ts';
import { parseProgress, type ProgressDoc } from './store.ts';

function doc(partial: Partial<ProgressDoc>): ProgressDoc {
  return { version: 2, quizzes: {}, scenarios: {}, ...partial };
}

describe('mergeProgress', () => {
  it('keeps the earliest start, and the completion time of the status that wins', () => {
    const base = parseProgress(
      JSON.stringify({
        version: 2,
        quizzes: {},
        scenarios: {},
        exercises: { ex: { status: 'in-progress', startedAt: '2026-11-27T02:00:00.000Z' } },
      }),
    ).doc;
    const older = parseProgress(
      JSON.stringify({
        version: 2,
        quizzes: {},
        scenarios: {},
        exercises: {
          ex: {
            status: 'passed',
            startedAt: '2026-11-27T01:00:00.000Z',
            completedAt: '2026-11-27T01:10:00.000Z',
          },
        },
      }),
    ).doc;
    expect(mergeProgress(base, older).exercises?.['ex']).toEqual({
      status: 'passed',
      startedAt: '2026-11-27T01:00:00.000Z',
      completedAt: '2026-11-27T01:10:00.000Z',
    });
  });

  it('never undoes a pass, and keeps correct quiz answers', () => {
    const mine = doc({
      quizzes: { a: { choice: 1, correct: true }, b: { choice: 0, correct: false } },
      scenarios: { s1: 'passed', s2: 'solved-with-help' },
      exercises: { e1: { status: 'passed', source: 'mine' }, e2: { status: 'in-progress' } },
      lessons: { 'lessons/01-architecture': '2026-01-02T00:00:00.000Z' },
    });
    const older = doc({
      quizzes: {
        a: { choice: 0, correct: false },
        b: { choice: 2, correct: true },
        c: { choice: 1, correct: false },
      },
      scenarios: { s1: 'solved-with-help', s2: 'passed' },
      exercises: {
        e1: { status: 'in-progress', source: 'old' },
        e2: { status: 'solved-with-help', source: 'x' },
      },
      lessons: {
        'lessons/01-architecture': '2026-01-01T00:00:00.000Z',
        'lessons/02-task-definitions': '2026-01-03',
      },
    });
    const merged = mergeProgress(mine, older);
    expect(merged.quizzes).toEqual({
      a: { choice: 1, correct: true },
      b: { choice: 2, correct: true },
      c: { choice: 1, correct: false },
    });
    expect(merged.scenarios).toEqual({ s1: 'passed', s2: 'passed' });
    expect(merged.exercises).toEqual({
      e1: { status: 'passed', source: 'mine' },
      e2: { status: 'solved-with-help', source: 'x' },
    });
    expect(merged.lessons).toEqual({
      'lessons/01-architecture': '2026-01-01T00:00:00.000Z',
      'lessons/02-task-definitions': '2026-01-03',
    });
  });

  it('does not touch Object.prototype with a __proto__ entry', () => {
    const incoming = parseProgress(
      '{"version":2,"quizzes":{"__proto__":{"choice":1,"correct":true}},"scenarios":{}}',
    ).doc;
    const merged = mergeProgress(doc({}), incoming);
    expect(({} as Record<string, unknown>)['choice']).toBeUndefined();
    expect(Object.keys(merged.quizzes)).toEqual(['__proto__']);
  });

  const status = fc.constantFrom('passed' as const, 'solved-with-help' as const);
  const arbDoc = fc
    .record({
      scenarios: fc.dictionary(fc.constantFrom('a', 'b', 'c'), status),
      quizzes: fc.dictionary(
        fc.constantFrom('q', 'r'),
        fc.record({ choice: fc.nat(3), correct: fc.boolean() }),
      ),
    })
    .map((parts) => doc(parts));

  it('is order-independent for statuses and idempotent', () => {
    fc.assert(
      fc.property(arbDoc, arbDoc, (a, b) => {
        expect(mergeProgress(a, b).scenarios).toEqual(mergeProgress(b, a).scenarios);
        expect(mergeProgress(a, a)).toEqual(mergeProgress(a, doc({})));
        for (const [id, value] of Object.entries(a.scenarios)) {
          if (value === 'passed') expect(mergeProgress(a, b).scenarios[id]).toBe('passed');
        }
      }),
    );
  });
});
