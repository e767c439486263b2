/**
 * The "My progress" figures: per chapter, how many lessons were read, quiz answers correct,
 * exercises and scenarios passed, out of how many. The course map is built once at build time
 * from the lessons; the figures are computed in the browser from the stored document.
 */
import type { ProgressDoc } from './store.ts';

/** What one chapter asks of the learner. Ids as stored in the progress document. */
export interface ChapterItems {
  chapter: number;
  /** Language-neutral lesson slug, `lessons/02-task-definitions`. */
  slug: string;
  title: string;
  quizzes: string[];
  exercises: string[];
  scenarios: string[];
}

/** The fields of a lesson entry the course map needs. */
export interface LessonSource {
  id: string;
  body?: string | undefined;
  data: {
    title: string;
    chapter?: number | undefined;
    exercises: readonly string[];
    scenarios: readonly string[];
  };
}

/** The quiz ids in a lesson's MDX: every `<Quiz … id="…"` in order. */
export function quizIdsIn(body: string): string[] {
  return [...body.matchAll(/<Quiz\b[^>]*?\bid="([a-z0-9-]+)"/g)].map((match) => match[1] ?? '');
}

/**
 * The course map from the lessons of one language (their ids have no `en/` prefix once
 * `localePrefix` is stripped), plus exercises the catalogue assigns to each chapter.
 */
export function buildCourseMap(
  lessons: readonly LessonSource[],
  catalogue: readonly { id: string; chapter: string }[] = [],
  localePrefix = '',
): ChapterItems[] {
  return lessons
    .filter((entry) => entry.data.chapter !== undefined)
    .filter((entry) =>
      localePrefix === '' ? !entry.id.startsWith('en/') : entry.id.startsWith(localePrefix),
    )
    .map((entry) => {
      const slug = entry.id.slice(localePrefix.length);
      const fromCatalogue = catalogue
        .filter((exercise) => `lessons/${exercise.chapter}` === slug)
        .map((e) => e.id);
      return {
        chapter: entry.data.chapter ?? 0,
        slug,
        title: entry.data.title,
        quizzes: quizIdsIn(entry.body ?? ''),
        exercises: [...new Set([...entry.data.exercises, ...fromCatalogue])],
        scenarios: [...entry.data.scenarios],
      };
    })
    .sort((a, b) => a.chapter - b.chapter);
}

export interface Tally {
  done: number;
  total: number;
}

export interface ChapterSummary {
  chapter: number;
  slug: string;
  title: string;
  lessons: Tally;
  quizzes: Tally;
  exercises: Tally;
  scenarios: Tally;
  /** All items done over all items, rounded down to a whole percent (100 only when complete). */
  percent: number;
}

function has(record: Record<string, unknown> | undefined, id: string): boolean {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, id);
}

function tally(ids: readonly string[], done: (id: string) => boolean): Tally {
  return { done: ids.filter(done).length, total: ids.length };
}

/**
 * Sandbox labs passed on the learner's own (not with the reference solution shown), out of the
 * course's labs. Labs sit beside the chapters and do not change the overall percentage.
 */
export function labsTally(doc: ProgressDoc, labIds: readonly string[]): Tally {
  return tally(labIds, (id) => has(doc.labs, id) && doc.labs?.[id] === 'passed');
}

/** Percent of `done` over `total`, floored, so 99.9 % never shows as 100 %; 0 items → 0. */
export function percent(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((done * 100) / total);
}

/** The summary of one chapter for a progress document. */
export function summarizeChapter(doc: ProgressDoc, items: ChapterItems): ChapterSummary {
  const lessons = tally([items.slug], (slug) => has(doc.lessons, slug));
  const quizzes = tally(items.quizzes, (id) => has(doc.quizzes, id) && doc.quizzes[id]?.correct === true);
  const exercises = tally(
    items.exercises,
    (id) => has(doc.exercises, id) && doc.exercises?.[id]?.status === 'passed',
  );
  const scenarios = tally(items.scenarios, (id) => has(doc.scenarios, id) && doc.scenarios[id] === 'passed');
  const parts = [lessons, quizzes, exercises, scenarios];
  const done = parts.reduce((sum, part) => sum + part.done, 0);
  const total = parts.reduce((sum, part) => sum + part.total, 0);
  return {
    chapter: items.chapter,
    slug: items.slug,
    title: items.title,
    lessons,
    quizzes,
    exercises,
    scenarios,
    percent: percent(done, total),
  };
}

/** The summary of every chapter, and of the whole course. */
export function summarizeCourse(
  doc: ProgressDoc,
  map: readonly ChapterItems[],
): { chapters: ChapterSummary[]; percent: number } {
  const chapters = map.map((items) => summarizeChapter(doc, items));
  const sum = (key: 'lessons' | 'quizzes' | 'exercises' | 'scenarios', field: keyof Tally) =>
    chapters.reduce((total, chapter) => total + chapter[key][field], 0);
  const keys = ['lessons', 'quizzes', 'exercises', 'scenarios'] as const;
  const done = keys.reduce((total, key) => total + sum(key, 'done'), 0);
  const all = keys.reduce((total, key) => total + sum(key, 'total'), 0);
  return { chapters, percent: percent(done, all) };
}
