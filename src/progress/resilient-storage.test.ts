import { describe, expect, it } from 'vitest';
import { resilientStorage } from './resilient-storage.ts';
import {
  PROGRESS_KEY,
  loadProgress,
  saveExerciseSource,
  saveQuizAnswer,
  type KeyValueStorage,
} from './store.ts';

/** A storage with a byte quota, like a browser's: setItem throws QuotaExceededError beyond it. */
function quotaStorage(limit: number, initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const before = data.get(k);
      data.set(k, v);
      if (used() > limit) {
        if (before === undefined) data.delete(k);
        else data.set(k, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('resilientStorage', () => {
  it('with storage full, keeps the learner’s text in memory, reads it back and reports "quota" once', () => {
    const backing = quotaStorage(200);
    const storage = resilientStorage(() => backing);
    const seen: string[] = [];
    storage.onProblem((p) => seen.push(p));
    expect(saveExerciseSource(storage, 'ex', 'x'.repeat(500))).toBe(false);
    expect(saveExerciseSource(storage, 'ex', 'y'.repeat(500))).toBe(false);
    expect(seen).toEqual(['quota']);
    expect(loadProgress(storage).doc.exercises?.['ex']?.source).toBe('y'.repeat(500));
    expect(storage.unsaved.has(PROGRESS_KEY)).toBe(true);
    expect(backing.data.has(PROGRESS_KEY)).toBe(false);
  });

  it('saves again once there is room, and the memory copy is dropped', () => {
    const backing = quotaStorage(200);
    const storage = resilientStorage(() => backing);
    saveExerciseSource(storage, 'ex', 'x'.repeat(500));
    expect(saveExerciseSource(storage, 'ex', 'short')).toBe(true);
    expect(storage.unsaved.size).toBe(0);
    expect(JSON.parse(backing.data.get(PROGRESS_KEY) ?? '{}')).toMatchObject({
      exercises: { ex: { source: 'short' } },
    });
  });

  it('with storage blocked (the getter throws), works from memory and reports "blocked"', () => {
    const storage = resilientStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const seen: string[] = [];
    storage.onProblem((p) => seen.push(p));
    expect(seen).toEqual(['blocked']);
    expect(saveQuizAnswer(storage, 'q1', { choice: 1, correct: true })).toBe(false);
    expect(loadProgress(storage).doc.quizzes['q1']).toEqual({ choice: 1, correct: true });
  });

  it('treats a storage whose every call throws as blocked', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('nope');
      },
      setItem: () => {
        throw new Error('nope');
      },
    };
    const storage = resilientStorage(() => throwing);
    expect(storage.problems.has('blocked')).toBe(true);
    expect(storage.getItem('a')).toBeNull();
  });

  it('a pinned key is written to memory only, until unpinned', () => {
    const backing = quotaStorage(10_000, { [PROGRESS_KEY]: 'damaged' });
    const storage = resilientStorage(() => backing);
    storage.pin(PROGRESS_KEY);
    storage.setItem(PROGRESS_KEY, '{"version":2,"quizzes":{},"scenarios":{}}');
    expect(backing.data.get(PROGRESS_KEY)).toBe('damaged');
    expect(storage.unpin(PROGRESS_KEY)).toBe(true);
    expect(backing.data.get(PROGRESS_KEY)).toBe('{"version":2,"quizzes":{},"scenarios":{}}');
  });
});
