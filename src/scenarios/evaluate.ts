import type { Bilingual } from '../i18n/lang.ts';
import type { Scenario } from './types.ts';

export interface GoalResult {
  text: Bilingual;
  passed: boolean;
}

/** Checks every goal of a scenario against a state. A goal whose check throws counts as not met. */
export function evaluateGoals<S>(scenario: Scenario<S>, state: S): GoalResult[] {
  return scenario.goals.map((goal) => ({ text: goal.text, passed: safeCheck(() => goal.check(state)) }));
}

function safeCheck(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/** True when every goal is met. */
export function isSolved<S>(scenario: Scenario<S>, state: S): boolean {
  return evaluateGoals(scenario, state).every((goal) => goal.passed);
}
