import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../exercises/catalog/index.ts';
import { LABS } from '../labs/index.ts';
import { SCENARIOS } from '../scenarios/scenarios.ts';
import { buildCatalogue, knownIdsFilter, readCatalogue, UNKNOWN_ID_SAMPLE } from './known-ids.ts';
import { emptyProgress, type ProgressDoc } from './store.ts';

const catalogue = buildCatalogue(
  [
    { id: 'lessons/01-intro', body: '<Quiz\n  id="intro-one"\n  question="?"\n/>' },
    { id: 'en/lessons/01-intro', body: '<Quiz id="intro-one" />\n<Quiz id="intro-en-only" />' },
    { id: 'workshop', body: '' },
  ],
  [{ id: 'fix-fargate-size' }],
  [{ id: 'native-canary' }],
  [{ id: 'first-fargate-service' }],
);

describe('buildCatalogue', () => {
  it('collects lesson slugs without the locale, and quiz ids of both languages', () => {
    expect(catalogue).toEqual({
      exercises: ['fix-fargate-size'],
      scenarios: ['native-canary'],
      lessons: ['lessons/01-intro'],
      quizzes: ['intro-en-only', 'intro-one'],
      labs: ['first-fargate-service'],
    });
  });

  it('round-trips through JSON and refuses anything else', () => {
    expect(readCatalogue(JSON.stringify(catalogue))).toEqual(catalogue);
    expect(readCatalogue(undefined)).toBeUndefined();
    expect(readCatalogue('{')).toBeUndefined();
    expect(readCatalogue('{"exercises":[1],"scenarios":[],"lessons":[],"quizzes":[]}')).toBeUndefined();
    expect(readCatalogue('null')).toBeUndefined();
    // A catalogue from before labs knows no labs; a broken lab list is refused.
    expect(readCatalogue('{"exercises":[],"scenarios":[],"lessons":[],"quizzes":[]}')?.labs).toEqual([]);
    expect(
      readCatalogue('{"exercises":[],"scenarios":[],"lessons":[],"quizzes":[],"labs":[2]}'),
    ).toBeUndefined();
  });
});

describe('knownIdsFilter', () => {
  const check = knownIdsFilter(catalogue);

  it('keeps known ids and lists the unknown ones', () => {
    const doc: ProgressDoc = {
      ...emptyProgress(),
      quizzes: { 'intro-one': { choice: 1, correct: true }, junk: { choice: 0, correct: false } },
      scenarios: { 'native-canary': 'passed', 'made-up': 'passed' },
      exercises: { 'fix-fargate-size': { status: 'passed' }, other: { status: 'in-progress' } },
      lessons: { 'lessons/01-intro': '2026-12-01', 'lessons/99-nope': '2026-12-01' },
      labs: { 'first-fargate-service': 'passed', 'no-such-lab': 'passed' },
    };
    const { doc: kept, unknown } = check(doc);
    expect(Object.keys(kept.quizzes)).toEqual(['intro-one']);
    expect(Object.keys(kept.scenarios)).toEqual(['native-canary']);
    expect(Object.keys(kept.exercises ?? {})).toEqual(['fix-fargate-size']);
    expect(Object.keys(kept.lessons ?? {})).toEqual(['lessons/01-intro']);
    expect(kept.labs).toEqual({ 'first-fargate-service': 'passed' });
    expect(unknown).toEqual({
      count: 5,
      sample: ['junk', 'made-up', 'other', 'lessons/99-nope', 'no-such-lab'],
    });
  });

  it('copes with 140,000 made-up ids in linear time, naming only a few', () => {
    const scenarios = Object.create(null) as Record<string, 'passed'>;
    for (let i = 0; i < 140_000; i += 1) scenarios[`scenario-${i}`] = 'passed';
    const { doc, unknown } = check({ ...emptyProgress(), scenarios });
    expect(Object.keys(doc.scenarios)).toHaveLength(0);
    expect(unknown.count).toBe(140_000);
    expect(unknown.sample).toHaveLength(UNKNOWN_ID_SAMPLE);
  });

  it('does not treat inherited names such as __proto__ or toString as known', () => {
    const scenarios = JSON.parse('{"__proto__":"passed","toString":"passed"}') as Record<string, 'passed'>;
    expect(check({ ...emptyProgress(), scenarios }).unknown.count).toBe(2);
  });

  it('knows every exercise, scenario and lab of the real course', () => {
    const real = buildCatalogue([], EXERCISES, SCENARIOS, LABS);
    const exercises = Object.fromEntries(EXERCISES.map((e) => [e.id, { status: 'passed' as const }]));
    const scenarios = Object.fromEntries(SCENARIOS.map((s) => [s.id, 'passed' as const]));
    const labs = Object.fromEntries(LABS.map((l) => [l.id, 'passed' as const]));
    expect(knownIdsFilter(real)({ ...emptyProgress(), exercises, scenarios, labs }).unknown.count).toBe(0);
  });
});
