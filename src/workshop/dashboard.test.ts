import { describe, expect, it } from 'vitest';
import { toCsv } from '../progress/csv.ts';
import type { ProgressDoc } from '../progress/store.ts';
import { csvRows, dashboardRows, filterRows, sortRows, type Learner } from './dashboard.ts';

function learner(name: string, partial: Partial<ProgressDoc>): Learner {
  return { name, source: `${name}.json`, doc: { version: 2, quizzes: {}, scenarios: {}, ...partial } };
}

const learners = [
  learner('Aoi', {
    exercises: { a: { status: 'passed' }, b: { status: 'passed' } },
    scenarios: { s: 'passed' },
  }),
  learner('Ben', { exercises: { a: { status: 'in-progress' } }, scenarios: { s: 'passed' } }),
  learner('=cmd', { exercises: { a: { status: 'passed' }, b: { status: 'solved-with-help' } } }),
];

describe('dashboard', () => {
  it('flags who is behind and who is in progress on something others passed', () => {
    const rows = dashboardRows(learners);
    expect(rows).toHaveLength(7);
    const ben = rows.filter((r) => r.learner === 'Ben');
    expect(ben.every((r) => r.stuck)).toBe(true);
    expect(rows.filter((r) => r.learner === 'Aoi').some((r) => r.stuck)).toBe(false);
    expect(rows.find((r) => r.learner === 'Aoi')?.passes).toBe(3);
  });

  it('sorts and filters', () => {
    const rows = dashboardRows(learners);
    expect(sortRows(rows, 'passes', true)[0]?.learner).toBe('=cmd');
    expect(sortRows(rows, 'status', true)[0]).toMatchObject({ learner: 'Ben', status: 'in-progress' });
    expect(filterRows(rows, 'ben', 'all')).toHaveLength(2);
    expect(filterRows(rows, '', 'stuck').map((r) => r.learner)).toEqual(['Ben', 'Ben', '=cmd', '=cmd']);
    expect(filterRows(rows, '', 'solved-with-help')).toHaveLength(1);
  });

  it('exports CSV with formula cells neutralised', () => {
    const csv = toCsv(
      csvRows(filterRows(dashboardRows(learners), 'cmd', 'all'), [
        'learner',
        'kind',
        'item',
        'status',
        'passes',
        'minutes',
        'stuck',
      ]),
    );
    expect(csv.split('\r\n')[1]).toBe(`"'=cmd","exercise","a","passed","1","","yes"`);
  });

  it('shows how long an exercise took from first work to completion', () => {
    const rows = dashboardRows([
      {
        name: 'Ken',
        source: 'ken.json',
        doc: {
          version: 2,
          quizzes: {},
          scenarios: {},
          exercises: {
            done: {
              status: 'passed',
              startedAt: '2026-11-27T01:00:00.000Z',
              completedAt: '2026-11-27T01:12:30.000Z',
            },
            open: { status: 'in-progress', startedAt: '2026-11-27T01:20:00.000Z' },
          },
        },
      },
    ]);
    expect(rows.find((row) => row.item === 'done')?.minutes).toBe(13);
    expect(rows.find((row) => row.item === 'open')?.minutes).toBeNull();
    expect(sortRows(rows, 'minutes', true).map((row) => row.item)).toEqual(['done', 'open']);
  });

  it('copes with more learners than a call can take as arguments', () => {
    const many = Array.from({ length: 150_000 }, (_, i) =>
      learner(`L${i}`, { scenarios: i === 0 ? { s: 'passed' } : {} }),
    );
    const rows = dashboardRows(many);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ learner: 'L0', stuck: false, passes: 1 });
  });

  it('sorts equal "unknown" minutes as ties, by learner', () => {
    const rows = dashboardRows([
      learner('b', { scenarios: { s: 'passed' } }),
      learner('a', { scenarios: { s: 'passed' } }),
    ]);
    expect(sortRows(rows, 'minutes', true).map((row) => row.learner)).toEqual(['a', 'b']);
  });

  it('copes with no learners', () => {
    expect(dashboardRows([])).toEqual([]);
  });
});
