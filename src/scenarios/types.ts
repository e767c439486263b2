import type { Bilingual } from '../i18n/lang.ts';

/** The widgets a scenario can be played in, by their custom element. */
export type ScenarioWidget = 'split' | 'rolling' | 'bluegreen' | 'scaling';

/** One goal, checked on the learner's state (and the simulation it produces). */
export interface Goal<S> {
  text: Bilingual;
  check: (state: S) => boolean;
}

/**
 * A scenario in the spirit of Learn Git Branching: a start state that does not meet the goals, the
 * goals checked on the simulated result, a reference solution that does, and hints.
 */
export interface Scenario<S> {
  id: string;
  widget: ScenarioWidget;
  title: Bilingual;
  brief: Bilingual;
  /** The lesson (and anchor) that teaches what the scenario practises. */
  lesson: { slug: string; anchor: string };
  start: S;
  solution: S;
  goals: readonly Goal<S>[];
  hints: readonly Bilingual[];
}
