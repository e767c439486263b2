import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../progress/store.ts';
import { AGENDAS, trackExercises, trackScenarios } from './agendas.ts';
import { EXERCISES } from '../exercises/catalog/index.ts';
import { SCENARIOS } from '../scenarios/scenarios.ts';
import { certificateName, labsPassed, trackStatus } from './certificate.ts';

const intro = AGENDAS[0];

describe('trackStatus', () => {
  it('is complete only when every exercise of the track passed on its own', () => {
    if (!intro) throw new Error('no agenda');
    const ids = trackExercises(intro);
    expect(ids.length).toBeGreaterThan(0);
    const doc = emptyProgress();
    doc.exercises = {};
    expect(trackStatus(intro, doc).complete).toBe(false);
    for (const id of ids) doc.exercises[id] = { status: 'passed' };
    const scenarios = trackScenarios(intro);
    expect(scenarios.length).toBeGreaterThan(0);
    // Exercises alone are not the whole track: its scenarios count too.
    expect(trackStatus(intro, doc).complete).toBe(false);
    for (const id of scenarios) doc.scenarios[id] = 'passed';
    const total = ids.length + scenarios.length;
    expect(trackStatus(intro, doc)).toMatchObject({ complete: true, passed: total, total });
    const first = ids[0] ?? '';
    doc.exercises[first] = { status: 'solved-with-help' };
    const status = trackStatus(intro, doc);
    expect(status.complete).toBe(false);
    expect(status.items.find((item) => item.id === first)?.status).toBe('solved-with-help');
  });
});

describe('track items', () => {
  it('exercise and scenario ids never collide, so one title map serves both', () => {
    const exercises = new Set(EXERCISES.map((exercise) => exercise.id));
    expect(SCENARIOS.filter((scenario) => exercises.has(scenario.id))).toEqual([]);
  });
});

describe('labs on the certificate', () => {
  it('counts passed labs beside the track, without making them a condition', () => {
    if (!intro) throw new Error('no agenda');
    const doc = emptyProgress();
    doc.exercises = Object.fromEntries(
      trackExercises(intro).map((id) => [id, { status: 'passed' as const }]),
    );
    for (const id of trackScenarios(intro)) doc.scenarios[id] = 'passed';
    expect(trackStatus(intro, doc).counts).toEqual({
      exercises: trackExercises(intro).length,
      scenarios: trackScenarios(intro).length,
      labs: 0,
    });
    expect(trackStatus(intro, doc).complete).toBe(true);
    doc.labs = { 'first-fargate-service': 'passed', 'service-connect': 'solved-with-help', other: 'passed' };
    // The one solved with the reference shown is not counted.
    expect(labsPassed(doc)).toBe(2);
    expect(trackStatus(intro, doc)).toMatchObject({ complete: true, counts: { labs: 2 } });
    const first = trackScenarios(intro)[0] ?? '';
    doc.scenarios[first] = 'solved-with-help';
    expect(trackStatus(intro, doc)).toMatchObject({
      complete: false,
      counts: { scenarios: trackScenarios(intro).length - 1, labs: 2 },
    });
  });
});

describe('certificateName', () => {
  it('tidies whitespace and caps the length, keeping the text as text', () => {
    expect(certificateName('  Aiko   Tanaka \n')).toBe('Aiko Tanaka');
    expect(certificateName('<b>x</b>')).toBe('<b>x</b>');
    expect(certificateName('あ'.repeat(200))).toHaveLength(80);
  });
});
