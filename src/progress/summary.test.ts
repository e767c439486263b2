import { describe, expect, it } from 'vitest';
import {
  buildCourseMap,
  labsTally,
  percent,
  quizIdsIn,
  summarizeChapter,
  summarizeCourse,
  type ChapterItems,
} from './summary.ts';
import { emptyProgress, type ProgressDoc } from './store.ts';

const chapter: ChapterItems = {
  chapter: 2,
  slug: 'lessons/02-task-definitions',
  title: 'Task definitions',
  quizzes: ['q1', 'q2'],
  exercises: ['e1', 'e2', 'e3'],
  scenarios: ['s1'],
};

describe('quizIdsIn and buildCourseMap', () => {
  it('finds quiz ids across line breaks', () => {
    expect(quizIdsIn('<Quiz\n  id="a-b"\n question="x" />\n<Quiz id="c" />')).toEqual(['a-b', 'c']);
  });

  it('keeps one language, in chapter order, adding catalogue exercises', () => {
    const lessons = [
      {
        id: 'lessons/02-x',
        body: '<Quiz id="q" />',
        data: { title: 'Two', chapter: 2, exercises: ['e1'], scenarios: [] },
      },
      { id: 'lessons/01-y', data: { title: 'One', chapter: 1, exercises: [], scenarios: ['s'] } },
      { id: 'en/lessons/01-y', data: { title: 'One (en)', chapter: 1, exercises: [], scenarios: [] } },
      { id: 'sandbox', data: { title: 'Sandbox', exercises: [], scenarios: [] } },
    ];
    const map = buildCourseMap(lessons, [{ id: 'e2', chapter: '02-x' }]);
    expect(map.map((c) => c.slug)).toEqual(['lessons/01-y', 'lessons/02-x']);
    expect(map[1]).toEqual({
      chapter: 2,
      slug: 'lessons/02-x',
      title: 'Two',
      quizzes: ['q'],
      exercises: ['e1', 'e2'],
      scenarios: [],
    });
    expect(buildCourseMap(lessons, [], 'en/').map((c) => c.title)).toEqual(['One (en)']);
  });
});

describe('summaries', () => {
  const doc: ProgressDoc = {
    version: 2,
    quizzes: { q1: { choice: 0, correct: true }, q2: { choice: 1, correct: false } },
    scenarios: { s1: 'solved-with-help' },
    exercises: { e1: { status: 'passed' }, e2: { status: 'in-progress' } },
    lessons: { 'lessons/02-task-definitions': '2026-01-01' },
  };

  it('counts read, correct and passed only', () => {
    const summary = summarizeChapter(doc, chapter);
    expect(summary).toMatchObject({
      lessons: { done: 1, total: 1 },
      quizzes: { done: 1, total: 2 },
      exercises: { done: 1, total: 3 },
      scenarios: { done: 0, total: 1 },
      percent: 42, // 3 of 7
    });
  });

  it('floors percentages and handles empty chapters', () => {
    expect(percent(2, 3)).toBe(66);
    expect(percent(0, 0)).toBe(0);
    expect(percent(3, 3)).toBe(100);
    const empty: ProgressDoc = { version: 2, quizzes: {}, scenarios: {} };
    expect(summarizeCourse(empty, [chapter]).percent).toBe(0);
    expect(
      summarizeCourse(doc, [
        chapter,
        { ...chapter, slug: 'other', quizzes: [], exercises: [], scenarios: [] },
      ]).percent,
    ).toBe(37);
  });
});

describe('labsTally', () => {
  it('counts the course labs passed on the learner’s own', () => {
    const doc = {
      ...emptyProgress(),
      labs: { a: 'passed' as const, b: 'solved-with-help' as const, gone: 'passed' as const },
    };
    expect(labsTally(doc, ['a', 'b', 'c'])).toEqual({ done: 1, total: 3 });
    expect(labsTally(emptyProgress(), ['a'])).toEqual({ done: 0, total: 1 });
  });
});
