import { describe, expect, it } from 'vitest';
import { isRecord } from '../util/is-record.ts';
import { registrationProblems } from '../util/catalog-registration.ts';
import { SCENARIOS, type AnyScenario } from './scenarios.ts';

const modules = import.meta.glob<Record<string, unknown>>(['./catalog/*.ts', '!./**/*.test.ts'], {
  eager: true,
});

/** A scenario is recognised by the fields only scenarios have: a widget, a start state, a solution and goals. */
function isScenario(value: unknown): value is AnyScenario {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['widget'] === 'string' &&
    'start' in value &&
    'solution' in value &&
    Array.isArray(value['goals'])
  );
}

describe('scenario registration', () => {
  it('reads the catalogue folder', () => {
    expect(Object.keys(modules).length).toBe(SCENARIOS.length);
  });

  it('has one file per scenario, named for its id, each in the sequence index', () => {
    expect(
      registrationProblems({ noun: 'scenario', modules, registered: SCENARIOS, isEntry: isScenario }),
    ).toEqual([]);
  });
});
