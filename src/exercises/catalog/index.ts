/** The exercise catalogue: every graded editor exercise, in course order. */
import { CH02 } from './ch02-task-definitions.ts';
import { CH03_04 } from './ch03-04-services-scaling.ts';
import { CH05_09 } from './ch05-09-operations.ts';
import { CH10_11 } from './ch10-11-iac-practices.ts';
import type { Exercise } from './types.ts';

export type { Difficulty, Exercise, ExerciseGoal } from './types.ts';

export const EXERCISES: readonly Exercise[] = [...CH02, ...CH03_04, ...CH05_09, ...CH10_11];

/** The exercise with that id, or undefined. */
export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
