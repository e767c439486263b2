import { describe, expect, it } from 'vitest';
import { isRecord } from '../../util/is-record.ts';
import { registrationProblems } from '../../util/catalog-registration.ts';
import { EXERCISES } from './index.ts';
import type { Exercise } from './types.ts';

const modules = import.meta.glob<Record<string, unknown>>(['./ch*/*.ts', '!./**/*.test.ts'], { eager: true });

/** An exercise is recognised by the fields only exercises have: a starter, a solution and goals. */
function isExercise(value: unknown): value is Exercise {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['starter'] === 'string' &&
    typeof value['solution'] === 'string' &&
    Array.isArray(value['goals'])
  );
}

describe('exercise registration', () => {
  it('finds the chapter folders', () => {
    expect(Object.keys(modules).length).toBe(EXERCISES.length);
  });

  it('has one file per exercise, named for its id, in its chapter folder, each in the sequence index', () => {
    expect(
      registrationProblems({
        noun: 'exercise',
        modules,
        registered: EXERCISES,
        isEntry: isExercise,
        folderOf: (exercise) => `ch${exercise.chapter.slice(0, 2)}`,
      }),
    ).toEqual([]);
  });
});
