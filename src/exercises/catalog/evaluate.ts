/**
 * Grades a learner's document for one exercise: the grader's lint rules (no `error` findings) plus
 * the exercise's own goals. Pure and browser-safe; never throws.
 */
import { grade, type GradeResult, type Lang } from '../grader/index.ts';
import { parseDocument } from './parse-document.ts';
import type { Exercise } from './types.ts';

export interface GoalResult {
  readonly id: string;
  readonly passed: boolean;
}

export interface ExerciseResult {
  readonly grade: GradeResult;
  /** True when the grader reports no error. */
  readonly lintPassed: boolean;
  readonly goals: readonly GoalResult[];
  /** True when the lint passes and every goal is met. */
  readonly passed: boolean;
}

/** Runs the grader and the goals on a source text. */
export function evaluateExercise(exercise: Exercise, source: string, lang: Lang = 'ja'): ExerciseResult {
  const result = grade(source, { kind: exercise.kind, format: exercise.language, lang });
  const lintPassed = result.accepted;
  const doc = result.parseError ? undefined : parseDocument(source, exercise.language);
  const goals = exercise.goals.map((goal) => ({
    id: goal.id,
    passed: doc !== undefined && safeCheck(goal.check, doc),
  }));
  return { grade: result, lintPassed, goals, passed: lintPassed && goals.every((g) => g.passed) };
}

function safeCheck(check: (doc: unknown) => boolean, doc: unknown): boolean {
  try {
    return check(doc) === true;
  } catch {
    return false;
  }
}
