import { describe, expect, it } from 'vitest';
import { SCENARIOS } from './scenarios.ts';
import { evaluateGoals, isSolved } from './evaluate.ts';
import type { Scenario } from './types.ts';

describe('scenarios', () => {
  it('has at least 8, with unique ids', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
  });

  for (const scenario of SCENARIOS as readonly Scenario<unknown>[]) {
    describe(scenario.id, () => {
      it('its reference solution meets every goal', () => {
        expect(
          evaluateGoals(scenario, scenario.solution)
            .filter((g) => !g.passed)
            .map((g) => g.text.en),
        ).toEqual([]);
      });

      it('its start state does not already pass', () => {
        expect(isSolved(scenario, scenario.start)).toBe(false);
      });

      it('is written in both languages, with hints', () => {
        for (const text of [
          scenario.title,
          scenario.brief,
          ...scenario.hints,
          ...scenario.goals.map((g) => g.text),
        ]) {
          expect(text.ja.trim()).not.toBe('');
          expect(text.en.trim()).not.toBe('');
        }
        expect(scenario.hints.length).toBeGreaterThan(0);
      });
    });
  }
});
