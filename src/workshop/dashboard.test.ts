import { describe, expect, it } from 'vitest';
import { toCsv } from '../progress/csv.ts';
import type { ProgressDoc } from '../progress/store.ts';
import {
  addLearner,
  csvRows,
  dashboardRows,
  filterRows,
  readLearners,
  sortRows,
  type Learner,
} from './dashboard.ts';

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
        'title',
        'status',
        'passes',
        'minutes',
        'stuck',
        'exercises_passed',
        'scenarios_passed',
        'labs_passed',
      ]),
    );
    expect(csv.split('\r\n')[1]).toBe(`"'=cmd","exercise","a","","passed","1","","yes","1","0","0"`);
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

  it('names items by title beside their id, and filters by title', () => {
    const titles = { exercise: { a: 'Fix a Fargate size' }, scenario: { s: 'Canary' }, lab: {} };
    const rows = dashboardRows(learners, titles);
    expect(rows.find((r) => r.item === 'a')?.title).toBe('Fix a Fargate size');
    expect(rows.find((r) => r.item === 'b')?.title).toBe('');
    expect(filterRows(rows, 'canary', 'all')).toHaveLength(2);
    const csv = csvRows(rows.slice(0, 1), ['learner', 'kind', 'item', 'title', 'status', 'passes', 'm', 's']);
    expect(csv[1]?.slice(2, 4)).toEqual(['a', 'Fix a Fargate size']);
  });

  it('counts sandbox labs: a row per lab, passes per kind, and in the CSV', () => {
    const withLabs = [
      ...learners,
      learner('Dai', {
        exercises: { a: { status: 'passed' } },
        labs: { 'first-fargate-service': 'passed', 'service-connect': 'solved-with-help' },
      }),
    ];
    const titles = {
      exercise: {},
      scenario: {},
      lab: { 'first-fargate-service': 'A first Fargate service' },
    };
    const rows = dashboardRows(withLabs, titles);
    const dai = rows.filter((r) => r.learner === 'Dai');
    expect(dai.map((r) => [r.kind, r.item, r.status])).toEqual([
      ['exercise', 'a', 'passed'],
      ['lab', 'first-fargate-service', 'passed'],
      ['lab', 'service-connect', 'solved-with-help'],
    ]);
    // A lab solved with the reference shown is listed but is not a pass.
    expect(dai[0]).toMatchObject({ passes: 2, passed: { exercise: 1, scenario: 0, lab: 1 } });
    expect(dai[1]?.title).toBe('A first Fargate service');
    expect(rows.find((r) => r.learner === 'Aoi')?.passed).toEqual({ exercise: 2, scenario: 1, lab: 0 });
    expect(filterRows(rows, 'fargate service', 'all').map((r) => r.item)).toEqual(['first-fargate-service']);
    expect(sortRows(rows, 'kind', true).at(-1)?.kind).toBe('scenario');
    const csv = csvRows(dai.slice(1, 2), [
      'learner',
      'kind',
      'item',
      'title',
      'status',
      'p',
      'm',
      's',
      'e',
      'c',
      'l',
    ]);
    expect(csv[1]).toEqual([
      'Dai',
      'lab',
      'first-fargate-service',
      'A first Fargate service',
      'passed',
      '2',
      '',
      '',
      '1',
      '0',
      '1',
    ]);
  });

  it('counts a learner loaded from a file and a share code once, merging their progress', () => {
    const fromFile = learner('Aoi', { exercises: { a: { status: 'in-progress' } } });
    const fromCode = { ...learner('Aoi', { exercises: { a: { status: 'passed' } } }), source: 'line 3' };
    const once = addLearner(addLearner([], fromFile, true), fromCode, true);
    expect(once).toHaveLength(1);
    expect(once[0]?.source).toBe('Aoi.json, line 3');
    expect(once[0]?.doc.exercises?.['a']?.status).toBe('passed');
    expect(dashboardRows(once)).toHaveLength(1);
    // The same file twice adds nothing.
    expect(addLearner(once, fromFile, true)).toHaveLength(1);
  });

  it('keeps different unnamed learners apart but folds identical unnamed ones', () => {
    const one = learner('unnamed (a.json)', { scenarios: { s: 'passed' } });
    const two = learner('unnamed (b.json)', { scenarios: { t: 'passed' } });
    const same = { ...one, name: 'unnamed (c.json)', source: 'c.json' };
    const all = [one, two, same].reduce<Learner[]>((list, l) => addLearner(list, l, false), []);
    expect(all.map((l) => l.name)).toEqual(['unnamed (a.json)', 'unnamed (b.json)']);
  });

  it('reads stored learners back and drops anything malformed', () => {
    const stored = JSON.stringify([...learners, { name: 1 }, { name: 'x', source: 'y', doc: 'no' }, null]);
    const back = readLearners(stored);
    expect(back.map((l) => l.name)).toEqual(['Aoi', 'Ben', '=cmd']);
    expect(dashboardRows(back)).toEqual(dashboardRows(learners));
    expect(readLearners('{nope')).toEqual([]);
    expect(readLearners(null)).toEqual([]);
  });

  it('copes with no learners', () => {
    expect(dashboardRows([])).toEqual([]);
  });
});
