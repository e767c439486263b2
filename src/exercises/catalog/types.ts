/** The data contract of an exercise: used at build time (pages, tests) and in the browser (grading). */
import type { Bilingual, Kind, LessonRef, LessonSlug, SourceFormat } from '../grader/index.ts';

/** One goal specific to an exercise, checked on the parsed document on top of the grader's rules. */
export interface ExerciseGoal {
  /** Stable within the exercise (`web-port`). */
  readonly id: string;
  readonly text: Bilingual;
  /** The lesson section that teaches what the goal asks for. */
  readonly lesson: LessonRef;
  /** True when the parsed document meets the goal. May assume nothing about the document's shape. */
  readonly check: (doc: unknown) => boolean;
}

export type Difficulty = 'beginner' | 'intermediate' | 'advanced';

/**
 * A graded editor exercise: a starter that does not pass, a reference solution that does, goals
 * on top of the grader's lint rules, and hints revealed one at a time.
 */
export interface Exercise {
  /** Lowercase words joined by hyphens; part of the URL and the progress key. */
  readonly id: string;
  /** The chapter (lesson slug) the exercise belongs to. */
  readonly chapter: LessonSlug;
  /** The section of that chapter the exercise practises. */
  readonly lesson: LessonRef;
  readonly title: Bilingual;
  readonly instructions: Bilingual;
  readonly language: SourceFormat;
  /** The grader kind the document is graded as. */
  readonly kind: Kind;
  readonly difficulty: Difficulty;
  readonly minutes: number;
  readonly starter: string;
  readonly solution: string;
  readonly goals: readonly ExerciseGoal[];
  readonly hints: readonly Bilingual[];
}
