import { describe, expect, it } from 'vitest';
import { isRecord } from '../util/is-record.ts';
import { registrationProblems } from '../util/catalog-registration.ts';
import { LABS } from './index.ts';
import type { Lab } from './types.ts';

const modules = import.meta.glob<Record<string, unknown>>(['./catalog/*.ts', '!./**/*.test.ts'], {
  eager: true,
});

/** A lab is recognised by the fields only labs have: setup commands, goals and a reference transcript. */
function isLab(value: unknown): value is Lab {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    Array.isArray(value['setup']) &&
    Array.isArray(value['solution']) &&
    Array.isArray(value['goals'])
  );
}

describe('lab registration', () => {
  it('reads the catalogue folder', () => {
    expect(Object.keys(modules).length).toBe(LABS.length);
  });

  it('has one file per lab, named for its id, each in the sequence index', () => {
    expect(registrationProblems({ noun: 'lab', modules, registered: LABS, isEntry: isLab })).toEqual([]);
  });
});
