/**
 * The course's catalogue of ids a progress document may hold, and the check that keeps only those.
 * An imported file or share code can name anything; ids the course does not have are counted,
 * a few are listed, and all of them are ignored, so an import cannot fill storage (or a facilitator's
 * table) with junk. The catalogue is built at build time and handed to the page as data.
 */
import { emptyProgress, type ProgressDoc } from './store.ts';
import { quizIdsIn } from './summary.ts';

/** Every id the course knows, per kind of progress entry. */
export interface CourseCatalogue {
  exercises: readonly string[];
  scenarios: readonly string[];
  /** Language-neutral lesson slugs, `lessons/02-task-definitions`. */
  lessons: readonly string[];
  quizzes: readonly string[];
  /** Sandbox labs. */
  labs: readonly string[];
}

/** How many unknown ids a check reports by name; the rest are only counted. */
export const UNKNOWN_ID_SAMPLE = 5;

/** What a check dropped: how many ids, and the first few of them. */
export interface UnknownIds {
  count: number;
  sample: string[];
}

/** A document with only known ids, and what was dropped. */
export interface KnownIdsResult {
  doc: ProgressDoc;
  unknown: UnknownIds;
}

/**
 * Builds the catalogue from docs entries of both languages, the exercise catalogue, the scenarios
 * and the sandbox labs.
 */
export function buildCatalogue(
  entries: readonly { id: string; body?: string | undefined }[],
  exercises: readonly { id: string }[],
  scenarios: readonly { id: string }[],
  labs: readonly { id: string }[],
): CourseCatalogue {
  const lessons = new Set<string>();
  const quizzes = new Set<string>();
  for (const entry of entries) {
    const slug = entry.id.replace(/^en\//, '');
    if (slug.startsWith('lessons/')) lessons.add(slug);
    for (const id of quizIdsIn(entry.body ?? '')) quizzes.add(id);
  }
  return {
    exercises: exercises.map((exercise) => exercise.id),
    scenarios: scenarios.map((scenario) => scenario.id),
    lessons: [...lessons].sort(),
    quizzes: [...quizzes].sort(),
    labs: labs.map((lab) => lab.id),
  };
}

/** Reads a catalogue handed over as JSON (a data attribute); `undefined` unless it is one. */
export function readCatalogue(json: string | undefined): CourseCatalogue | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const list = (key: string): string[] | undefined => {
      const items = record[key];
      return Array.isArray(items) && items.every((item) => typeof item === 'string') ? items : undefined;
    };
    const [exercises, scenarios, lessons, quizzes] = ['exercises', 'scenarios', 'lessons', 'quizzes'].map(
      list,
    );
    if (!exercises || !scenarios || !lessons || !quizzes) return undefined;
    // Labs came later: a catalogue without them knows no labs.
    const labs = record['labs'] === undefined ? [] : list('labs');
    if (!labs) return undefined;
    return { exercises, scenarios, lessons, quizzes, labs };
  } catch {
    return undefined;
  }
}

function keep<T>(
  record: Record<string, T> | undefined,
  known: ReadonlySet<string>,
  unknown: UnknownIds,
): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (!record) return out;
  for (const [id, value] of Object.entries(record)) {
    if (known.has(id)) out[id] = value;
    else {
      unknown.count += 1;
      if (unknown.sample.length < UNKNOWN_ID_SAMPLE) unknown.sample.push(id);
    }
  }
  return out;
}

/** A checker for one catalogue: the document with unknown ids removed. Linear in the entries; never throws. */
export function knownIdsFilter(catalogue: CourseCatalogue): (doc: ProgressDoc) => KnownIdsResult {
  const sets = {
    exercises: new Set(catalogue.exercises),
    scenarios: new Set(catalogue.scenarios),
    lessons: new Set(catalogue.lessons),
    quizzes: new Set(catalogue.quizzes),
    labs: new Set(catalogue.labs),
  };
  return (doc) => {
    const unknown: UnknownIds = { count: 0, sample: [] };
    const out = emptyProgress();
    out.quizzes = keep(doc.quizzes, sets.quizzes, unknown);
    out.scenarios = keep(doc.scenarios, sets.scenarios, unknown);
    if (doc.exercises) out.exercises = keep(doc.exercises, sets.exercises, unknown);
    if (doc.lessons) out.lessons = keep(doc.lessons, sets.lessons, unknown);
    if (doc.labs) out.labs = keep(doc.labs, sets.labs, unknown);
    return { doc: out, unknown };
  };
}
