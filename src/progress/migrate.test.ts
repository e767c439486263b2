import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToCurrent } from './migrate.ts';
import { PROGRESS_VERSION, parseProgress } from './store.ts';

describe('migrateToCurrent', () => {
  it('has a step for every version below the current one', () => {
    for (let version = 1; version < PROGRESS_VERSION; version += 1)
      expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('migrates a version 1 document to version 2 without losing anything', () => {
    const v1 = {
      version: 1,
      quizzes: { q: { choice: 1, correct: true } },
      scenarios: { s: 'passed' },
      exercises: { e: { status: 'in-progress', source: 'x' } },
      future: 'kept',
    };
    expect(migrateToCurrent(v1, 2)).toEqual({ ...v1, version: 2, lessons: {} });
  });

  it('refuses newer, missing and odd versions', () => {
    expect(migrateToCurrent({ version: 3 }, 2)).toBeUndefined();
    expect(migrateToCurrent({}, 2)).toBeUndefined();
    expect(migrateToCurrent({ version: '1' }, 2)).toBeUndefined();
    expect(migrateToCurrent({ version: 0 }, 2)).toBeUndefined();
    expect(migrateToCurrent({ version: 1.5 }, 2)).toBeUndefined();
  });

  it('is applied when a stored version 1 document is read', () => {
    const raw = JSON.stringify({
      version: 1,
      quizzes: { q: { choice: 0, correct: false } },
      scenarios: { s: 'passed' },
    });
    const { doc, problem } = parseProgress(raw);
    expect(problem).toBeUndefined();
    expect(doc).toEqual({
      version: 2,
      quizzes: { q: { choice: 0, correct: false } },
      scenarios: { s: 'passed' },
      lessons: {},
    });
  });
});
