/** A guided lab: a start state, goals checked on the emulator's state, hints and a reference transcript. */
import type { EmulatorState } from '../emulator/index.ts';
import type { LessonSlug } from '../exercises/grader/index.ts';
import type { Bilingual } from '../i18n/lang.ts';

export type { Bilingual };

/** One goal: checked on the state, never on the commands typed. */
export interface LabGoal {
  readonly id: string;
  readonly text: Bilingual;
  check(state: Readonly<EmulatorState>): boolean;
}

/** A lab, in one file under `src/labs/catalog/`. */
export interface Lab {
  /** Stable id (URL fragment and progress key). */
  readonly id: string;
  /** The lesson that teaches it (the lesson links here). */
  readonly lesson: LessonSlug;
  readonly title: Bilingual;
  /** What the learner is asked to do. */
  readonly brief: Bilingual;
  /** Simulated start time (epoch ms); the emulator's default otherwise. */
  readonly startTime?: number;
  /** Files in the file panel at the start. */
  readonly files: Readonly<Record<string, string>>;
  /** Commands that build the start state (run before the learner arrives; must all succeed). */
  readonly setup: readonly string[];
  readonly goals: readonly LabGoal[];
  readonly hints: readonly Bilingual[];
  /** Files as the reference solution edits them (written before its commands). */
  readonly solutionFiles?: Readonly<Record<string, string>>;
  /** The reference transcript: command lines that reach every goal. */
  readonly solution: readonly string[];
}
