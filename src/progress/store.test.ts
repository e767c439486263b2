import { describe, expect, it } from 'vitest';
import {
  MAX_SAVED_SOURCE,
  PROGRESS_KEY,
  betterExerciseStatus,
  exerciseProgress,
  loadProgress,
  saveExerciseCompletion,
  saveExerciseSource,
  parseProgress,
  saveQuizAnswer,
  saveScenarioCompletion,
  type KeyValueStorage,
} from './store.ts';
import { BACKUP_PREFIX } from './backups.ts';

const FIRST_BACKUP = `${BACKUP_PREFIX}1`;

const T1 = '2026-11-27T01:00:00.000Z';
const T2 = '2026-11-27T01:12:00.000Z';
const T3 = '2026-11-27T01:30:00.000Z';

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('parseProgress', () => {
  it('starts empty when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ doc: { version: 2, quizzes: {}, scenarios: {} } });
  });

  it('reports text that is not JSON as corrupted', () => {
    expect(parseProgress('{oops').problem).toBe('corrupted');
    expect(parseProgress('[1,2]').problem).toBe('corrupted');
  });

  it('reports a document of another version', () => {
    expect(parseProgress('{"version":99,"quizzes":{}}').problem).toBe('unknown-version');
  });

  it('drops malformed answers but keeps good ones', () => {
    const raw = JSON.stringify({
      version: 1,
      quizzes: {
        good: { choice: 2, correct: true },
        bad: { choice: 'x', correct: true },
        neg: { choice: -1, correct: false },
      },
    });
    const { doc, problem } = parseProgress(raw);
    expect(problem).toBeUndefined();
    expect(Object.keys(doc.quizzes)).toEqual(['good']);
  });

  it('does not let a __proto__ key reach Object.prototype', () => {
    const raw =
      '{"version":1,"quizzes":{"__proto__":{"choice":1,"correct":true},"polluted":{"choice":0,"correct":false}}}';
    const { doc } = parseProgress(raw);
    expect(({} as Record<string, unknown>)['choice']).toBeUndefined();
    expect(Object.getPrototypeOf(doc.quizzes)).toBeNull();
    expect(doc.quizzes['polluted']).toEqual({ choice: 0, correct: false });
  });
});

describe('loadProgress and saveQuizAnswer', () => {
  it('round-trips an answer', () => {
    const storage = memoryStorage();
    expect(saveQuizAnswer(storage, 'arch-1', { choice: 1, correct: true })).toBe(true);
    expect(loadProgress(storage).doc.quizzes['arch-1']).toEqual({ choice: 1, correct: true });
  });

  it('backs up a corrupted document before starting afresh', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'not json' });
    expect(loadProgress(storage)).toMatchObject({ problem: 'corrupted', backedUp: true });
    expect(storage.data.get(FIRST_BACKUP)).toBe('not json');
    expect(saveQuizAnswer(storage, 'arch-1', { choice: 0, correct: false })).toBe(true);
    expect(loadProgress(storage).doc.quizzes['arch-1']).toEqual({ choice: 0, correct: false });
    expect(storage.data.get(FIRST_BACKUP)).toBe('not json');
  });

  it('never overwrites an unreadable document it could not back up', () => {
    const data = new Map([[PROGRESS_KEY, '{"version":7}']]);
    const storage: KeyValueStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        if (key.startsWith(BACKUP_PREFIX)) throw new Error('quota');
        data.set(key, value);
      },
    };
    expect(saveQuizAnswer(storage, 'q', { choice: 0, correct: true })).toBe(false);
    expect(data.get(PROGRESS_KEY)).toBe('{"version":7}');
  });

  it('survives a storage that throws', () => {
    const storage: KeyValueStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(loadProgress(storage).doc.quizzes).toEqual({});
    expect(saveQuizAnswer(storage, 'q', { choice: 0, correct: true })).toBe(false);
  });
});

describe('scenario completions', () => {
  it('keeps a pass when the solution is shown later, and upgrades help to a pass', () => {
    const storage = memoryStorage();
    saveScenarioCompletion(storage, 'a', 'passed');
    saveScenarioCompletion(storage, 'a', 'solved-with-help');
    saveScenarioCompletion(storage, 'b', 'solved-with-help');
    saveScenarioCompletion(storage, 'b', 'passed');
    saveScenarioCompletion(storage, 'c', 'solved-with-help');
    expect(loadProgress(storage).doc.scenarios).toEqual({ a: 'passed', b: 'passed', c: 'solved-with-help' });
  });

  it('drops unknown statuses when reading', () => {
    const raw = JSON.stringify({ version: 1, quizzes: {}, scenarios: { a: 'passed', b: 'cheated', c: 7 } });
    expect(parseProgress(raw).doc.scenarios).toEqual({ a: 'passed' });
  });
});

describe('exercise progress', () => {
  it('reads documents written before exercises existed', () => {
    const raw = JSON.stringify({ version: 1, quizzes: {}, scenarios: {} });
    const { doc, problem } = parseProgress(raw);
    expect(problem).toBeUndefined();
    expect(exerciseProgress(doc, 'x')).toBeUndefined();
  });

  it('saves the learner’s text and marks the exercise in progress', () => {
    const storage = memoryStorage();
    expect(saveExerciseSource(storage, 'ex', '{"family":"web"}', T1)).toBe(true);
    expect(exerciseProgress(loadProgress(storage).doc, 'ex')).toEqual({
      status: 'in-progress',
      source: '{"family":"web"}',
      startedAt: T1,
    });
    expect(saveExerciseSource(storage, 'ex', null, T2)).toBe(true);
    expect(exerciseProgress(loadProgress(storage).doc, 'ex')).toEqual({
      status: 'in-progress',
      startedAt: T1,
    });
  });

  it('keeps a pass when the learner edits again or shows the solution later', () => {
    const storage = memoryStorage();
    saveExerciseSource(storage, 'ex', 'a', T1);
    saveExerciseCompletion(storage, 'ex', 'passed', T2);
    saveExerciseSource(storage, 'ex', 'b', T3);
    saveExerciseCompletion(storage, 'ex', 'solved-with-help', T3);
    expect(exerciseProgress(loadProgress(storage).doc, 'ex')).toEqual({
      status: 'passed',
      source: 'b',
      startedAt: T1,
      completedAt: T2,
    });
    saveExerciseCompletion(storage, 'other', 'solved-with-help');
    saveExerciseSource(storage, 'other', 'c');
    expect(exerciseProgress(loadProgress(storage).doc, 'other')?.status).toBe('solved-with-help');
    saveExerciseCompletion(storage, 'other', 'passed');
    expect(exerciseProgress(loadProgress(storage).doc, 'other')?.status).toBe('passed');
  });

  it('does not keep text above the size cap, but keeps the status', () => {
    const storage = memoryStorage();
    saveExerciseSource(storage, 'ex', 'x'.repeat(MAX_SAVED_SOURCE + 1), T1);
    expect(exerciseProgress(loadProgress(storage).doc, 'ex')).toEqual({
      status: 'in-progress',
      startedAt: T1,
    });
  });

  it('keeps well-formed times and drops others', () => {
    const raw = JSON.stringify({
      version: 2,
      quizzes: {},
      scenarios: {},
      exercises: {
        a: { status: 'passed', startedAt: T1, completedAt: T2 },
        b: { status: 'in-progress', startedAt: 'yesterday', completedAt: 42 },
      },
    });
    const { doc } = parseProgress(raw);
    expect(doc.exercises?.['a']).toEqual({ status: 'passed', startedAt: T1, completedAt: T2 });
    expect(doc.exercises?.['b']).toEqual({ status: 'in-progress' });
  });

  it('drops malformed exercise entries one by one', () => {
    const raw = JSON.stringify({
      version: 1,
      quizzes: {},
      scenarios: {},
      exercises: {
        good: { status: 'passed', source: 'ok' },
        badStatus: { status: 'done' },
        badSource: { status: 'in-progress', source: 42 },
        notObject: 'passed',
      },
    });
    const { doc } = parseProgress(raw);
    expect(doc.exercises).toEqual({
      good: { status: 'passed', source: 'ok' },
      badSource: { status: 'in-progress' },
    });
    expect(betterExerciseStatus(undefined, 'in-progress')).toBe('in-progress');
  });

  it('never overwrites a corrupted document it could not back up', () => {
    const data = new Map([[PROGRESS_KEY, '{oops']]);
    const storage: KeyValueStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        if (key.startsWith(BACKUP_PREFIX)) throw new Error('quota');
        data.set(key, value);
      },
    };
    expect(saveExerciseSource(storage, 'ex', 'text')).toBe(false);
    expect(data.get(PROGRESS_KEY)).toBe('{oops');
  });
});
