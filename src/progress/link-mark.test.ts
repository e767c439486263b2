import { describe, expect, it } from 'vitest';
import { markFor } from './link-mark.ts';
import { emptyProgress, type ProgressDoc } from './store.ts';

function doc(edit: (d: ProgressDoc) => void): ProgressDoc {
  const d = emptyProgress();
  edit(d);
  return d;
}

describe('markFor', () => {
  it('marks a lesson read in either language and under a base path', () => {
    const read = doc((d) => (d.lessons = { 'lessons/02-task-definitions': '2026-12-01T00:00:00.000Z' }));
    expect(markFor(read, '/lessons/02-task-definitions/')).toBe('read');
    expect(markFor(read, '/base/en/lessons/02-task-definitions/')).toBe('read');
    expect(markFor(read, '/lessons/03-services/')).toBeUndefined();
  });

  it('marks passed exercises and scenarios only', () => {
    const d = doc((p) => {
      p.exercises = { 'fargate-basics': { status: 'passed' }, 'scale-out': { status: 'in-progress' } };
      p.scenarios = { 'first-deploy': 'passed', rollback: 'solved-with-help' };
    });
    expect(markFor(d, '/exercises/fargate-basics/')).toBe('passed');
    expect(markFor(d, '/en/exercises/scale-out/')).toBeUndefined();
    expect(markFor(d, '/scenarios/first-deploy')).toBe('passed');
    expect(markFor(d, '/scenarios/rollback/')).toBeUndefined();
  });

  it('does not take inherited names for scenario ids', () => {
    expect(markFor(emptyProgress(), '/scenarios/constructor/')).toBeUndefined();
    expect(markFor(emptyProgress(), '/')).toBeUndefined();
  });
});
