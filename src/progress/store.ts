/**
 * The learner's progress, kept in the browser as one versioned JSON document. Framework-free and
 * storage-agnostic: pass any object with getItem/setItem (localStorage in the browser, a Map-backed
 * fake in tests). A document that cannot be read is kept under a backup key, never thrown away.
 */
export const PROGRESS_KEY = 'ecs-dojo:progress';
/** Version 2 added `lessons`; older documents are migrated on read (see migrate.ts). */
export const PROGRESS_VERSION = 2;

export interface QuizAnswer {
  /** Index of the option the learner chose. */
  choice: number;
  correct: boolean;
}

/** How a scenario or exercise was completed. `passed` always outranks `solved-with-help`. */
export type CompletionStatus = 'passed' | 'solved-with-help';

/** Where a learner is with an exercise: started (work saved), passed, or solved with the solution shown. */
export type ExerciseStatus = 'in-progress' | CompletionStatus;

export interface ExerciseProgress {
  status: ExerciseStatus;
  /** When the learner first worked on it, and when it was first completed (ISO 8601). */
  startedAt?: string;
  completedAt?: string;
  /** The learner's latest text, when it fits under MAX_SAVED_SOURCE. */
  source?: string;
}

export interface ProgressDoc {
  version: typeof PROGRESS_VERSION;
  quizzes: Record<string, QuizAnswer>;
  scenarios: Record<string, CompletionStatus>;
  /** Added after the first fields; optional on read, so older documents stay valid. */
  exercises?: Record<string, ExerciseProgress>;
  /** Lessons read to the end (version 2): lesson slug → ISO date first read. */
  lessons?: Record<string, string>;
  /** Sandbox labs completed: lab id → status. Optional on read, so older documents stay valid. */
  labs?: Record<string, CompletionStatus>;
  /**
   * Exercises and scenarios whose solution was shown since they were last reset
   * (`exercise:<id>` / `scenario:<id>` → ISO date). Kept in the stored document, not per tab, so a
   * pass in another tab or after a reload is still honest about the help.
   */
  helped?: Record<string, string>;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type LoadResult = {
  doc: ProgressDoc;
  problem?: 'corrupted' | 'unknown-version';
  /** True once an unreadable document has been copied to a backup slot, so it may be replaced. */
  backedUp?: boolean;
  /** Entries left out because they could not be read (the document as a whole was readable). */
  damaged?: number;
};

import { backupRaw } from './backups.ts';
import { migrateToCurrent } from './migrate.ts';
import { isRecord } from '../util/is-record.ts';

const MAX_ID_LENGTH = 200;
const MAX_CHOICE = 100;
/**
 * Longest exercise text we keep, in characters: a task definition may be at most 64 KiB, and twenty
 * exercises at this size still fit well inside localStorage's usual 5 MB.
 */
export const MAX_SAVED_SOURCE = 64 * 1024;

export function emptyProgress(): ProgressDoc {
  return {
    version: PROGRESS_VERSION,
    quizzes: Object.create(null) as Record<string, QuizAnswer>,
    scenarios: Object.create(null) as Record<string, CompletionStatus>,
  };
}

function readQuizAnswer(value: unknown): QuizAnswer | undefined {
  if (!isRecord(value)) return undefined;
  const { choice, correct } = value;
  if (!Number.isInteger(choice) || (choice as number) < 0 || (choice as number) > MAX_CHOICE)
    return undefined;
  if (typeof correct !== 'boolean') return undefined;
  return { choice: choice as number, correct };
}

/**
 * Reads a stored document. Unknown or malformed entries are dropped one by one; a document that is
 * not JSON, or not ours, is reported so the caller can back it up.
 */
export function parseProgress(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { doc: emptyProgress() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { doc: emptyProgress(), problem: 'corrupted' };
  }
  if (!isRecord(parsed)) return { doc: emptyProgress(), problem: 'corrupted' };
  return readDocument(parsed);
}

/**
 * Reads a parsed document of any known version (older ones are migrated first), entry by entry.
 * Used for the stored document and for imported files alike.
 */
export function readDocument(input: Record<string, unknown>): LoadResult {
  const parsed = migrateToCurrent(input, PROGRESS_VERSION);
  if (!parsed) return { doc: emptyProgress(), problem: 'unknown-version' };
  const doc = emptyProgress();
  let damaged = 0;
  const quizzes = parsed['quizzes'];
  if (isRecord(quizzes)) {
    for (const [id, value] of Object.entries(quizzes)) {
      const answer = readQuizAnswer(value);
      if (answer && id.length <= MAX_ID_LENGTH) doc.quizzes[id] = answer;
      else damaged++;
    }
  } else if (quizzes !== undefined) damaged++;
  const scenarios = parsed['scenarios'];
  if (isRecord(scenarios)) {
    for (const [id, value] of Object.entries(scenarios)) {
      if ((value === 'passed' || value === 'solved-with-help') && id.length <= MAX_ID_LENGTH)
        doc.scenarios[id] = value;
      else damaged++;
    }
  } else if (scenarios !== undefined) damaged++;
  const exercises = readExercises(parsed['exercises']);
  if (exercises) {
    doc.exercises = exercises.entries;
    damaged += exercises.damaged;
  } else if (parsed['exercises'] !== undefined) damaged++;
  const helped = readLessons(parsed['helped']);
  if (helped && Object.keys(helped.entries).length > 0) doc.helped = helped.entries;
  const lessons = readLessons(parsed['lessons']);
  if (lessons) {
    doc.lessons = lessons.entries;
    damaged += lessons.damaged;
  } else if (parsed['lessons'] !== undefined) damaged++;
  const labs = readLabs(parsed['labs']);
  if (labs) doc.labs = labs;
  return damaged > 0 ? { doc, damaged } : { doc };
}

function readLabs(value: unknown): Record<string, CompletionStatus> | undefined {
  if (!isRecord(value)) return undefined;
  const out = Object.create(null) as Record<string, CompletionStatus>;
  for (const [id, status] of Object.entries(value)) {
    if (id.length <= MAX_ID_LENGTH && (status === 'passed' || status === 'solved-with-help'))
      out[id] = status;
  }
  return out;
}

const MAX_DATE_LENGTH = 40;

interface ReadEntries<T> {
  entries: Record<string, T>;
  damaged: number;
}

function readLessons(value: unknown): ReadEntries<string> | undefined {
  if (!isRecord(value)) return undefined;
  const out = Object.create(null) as Record<string, string>;
  let damaged = 0;
  for (const [id, date] of Object.entries(value)) {
    if (id.length <= MAX_ID_LENGTH && typeof date === 'string' && date.length <= MAX_DATE_LENGTH)
      out[id] = date;
    else damaged++;
  }
  return { entries: out, damaged };
}

function isExerciseStatus(value: unknown): value is ExerciseStatus {
  return value === 'in-progress' || value === 'passed' || value === 'solved-with-help';
}

function readExercises(value: unknown): ReadEntries<ExerciseProgress> | undefined {
  if (!isRecord(value)) return undefined;
  const out = Object.create(null) as Record<string, ExerciseProgress>;
  let damaged = 0;
  for (const [id, entry] of Object.entries(value)) {
    if (id.length > MAX_ID_LENGTH || !isRecord(entry) || !isExerciseStatus(entry['status'])) {
      damaged++;
      continue;
    }
    const source = entry['source'];
    const progress: ExerciseProgress = { status: entry['status'] };
    if (typeof source === 'string' && source.length <= MAX_SAVED_SOURCE) progress.source = source;
    const startedAt = readTime(entry['startedAt']);
    if (startedAt) progress.startedAt = startedAt;
    const completedAt = readTime(entry['completedAt']);
    if (completedAt) progress.completedAt = completedAt;
    out[id] = progress;
  }
  return { entries: out, damaged };
}

/** An ISO 8601 timestamp as we write them, or undefined. */
function readTime(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value)
    ? value
    : undefined;
}

/**
 * Loads progress. A document that cannot be read, or that has entries which cannot be read, is
 * first copied to a backup slot (several are kept, see backups.ts), so that nothing is ever lost.
 */
export function loadProgress(storage: KeyValueStorage): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { doc: emptyProgress() };
  }
  const result = parseProgress(raw);
  if ((result.problem || result.damaged) && raw !== null) {
    const reason = result.problem ?? 'damaged';
    return { ...result, backedUp: backupRaw(storage, raw, reason) };
  }
  return result;
}

/** Storage that can keep a key's writes in memory (see resilient-storage.ts). */
function canPin(storage: KeyValueStorage): storage is KeyValueStorage & { pin(key: string): void } {
  return typeof (storage as { pin?: unknown }).pin === 'function';
}

/** Loads, changes and saves the document. Returns false when nothing could be stored. */
function change(storage: KeyValueStorage, edit: (doc: ProgressDoc) => void): boolean {
  const { doc, problem, damaged, backedUp } = loadProgress(storage);
  if ((problem || damaged) && !backedUp) {
    // Never overwrite a document that exists nowhere else. Where the storage can, keep the
    // learner's new work in memory (the page says it is not saved and offers downloads).
    if (!canPin(storage)) return false;
    storage.pin(PROGRESS_KEY);
  }
  edit(doc);
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(doc));
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads, changes and saves the document (for modules beside this one: lessons read, imports).
 * Returns false when nothing could be stored.
 */
export function updateProgress(storage: KeyValueStorage, edit: (doc: ProgressDoc) => void): boolean {
  return change(storage, edit);
}

/** Records a quiz answer and saves. Returns false when the browser refuses to store it. */
export function saveQuizAnswer(storage: KeyValueStorage, quizId: string, answer: QuizAnswer): boolean {
  return change(storage, (doc) => {
    doc.quizzes[quizId] = answer;
  });
}

/** The better of two completions: a pass is never undone by a later "solved with help". */
export function betterCompletion(a: CompletionStatus | undefined, b: CompletionStatus): CompletionStatus {
  return a === 'passed' || b === 'passed' ? 'passed' : 'solved-with-help';
}

/** Records a scenario as passed or solved with help, keeping the better of old and new. */
export function saveScenarioCompletion(
  storage: KeyValueStorage,
  scenarioId: string,
  status: CompletionStatus,
): boolean {
  return change(storage, (doc) => {
    doc.scenarios[scenarioId] = betterCompletion(doc.scenarios[scenarioId], status);
  });
}

/** Records a sandbox lab as passed or solved with help, keeping the better of old and new. */
export function saveLabCompletion(
  storage: KeyValueStorage,
  labId: string,
  status: CompletionStatus,
): boolean {
  return change(storage, (doc) => {
    doc.labs ??= Object.create(null) as Record<string, CompletionStatus>;
    doc.labs[labId] = betterCompletion(doc.labs[labId], status);
  });
}

/** The exercises record of a document, created on first use. */
function exercisesOf(doc: ProgressDoc): Record<string, ExerciseProgress> {
  doc.exercises ??= Object.create(null) as Record<string, ExerciseProgress>;
  return doc.exercises;
}

/** The better of two exercise statuses: passed, then solved with help, then in progress. */
export function betterExerciseStatus(a: ExerciseStatus | undefined, b: ExerciseStatus): ExerciseStatus {
  if (a === undefined || a === 'in-progress') return b;
  if (b === 'in-progress') return a;
  return betterCompletion(a, b);
}

/** A learner's progress on one exercise, or undefined when not started. */
export function exerciseProgress(doc: ProgressDoc, exerciseId: string): ExerciseProgress | undefined {
  const exercises = doc.exercises;
  return exercises && Object.prototype.hasOwnProperty.call(exercises, exerciseId)
    ? exercises[exerciseId]
    : undefined;
}

/**
 * Saves the learner's text for an exercise and marks it started (a pass is kept). Text longer than
 * MAX_SAVED_SOURCE is not kept (the status still is); `null` forgets the saved text.
 */
export function saveExerciseSource(
  storage: KeyValueStorage,
  exerciseId: string,
  source: string | null,
  now: string = new Date().toISOString(),
): boolean {
  return change(storage, (doc) => {
    const exercises = exercisesOf(doc);
    const previous = exerciseProgress(doc, exerciseId);
    const next: ExerciseProgress = {
      status: betterExerciseStatus(previous?.status, 'in-progress'),
      startedAt: previous?.startedAt ?? now,
    };
    if (previous?.completedAt) next.completedAt = previous.completedAt;
    if (source !== null && source.length <= MAX_SAVED_SOURCE) next.source = source;
    exercises[exerciseId] = next;
  });
}

/** Records an exercise as passed or solved with help, keeping the better of old and new and the saved text. */
export function saveExerciseCompletion(
  storage: KeyValueStorage,
  exerciseId: string,
  status: CompletionStatus,
  now: string = new Date().toISOString(),
): boolean {
  return change(storage, (doc) => {
    const exercises = exercisesOf(doc);
    const previous = exerciseProgress(doc, exerciseId);
    const next: ExerciseProgress = {
      status: betterExerciseStatus(previous?.status, status),
      startedAt: previous?.startedAt ?? now,
    };
    // The time of the first pass counts; a later "solved with help" does not move it.
    next.completedAt =
      previous?.completedAt !== undefined && (previous.status === 'passed' || status !== 'passed')
        ? previous.completedAt
        : now;
    if (previous?.source !== undefined) next.source = previous.source;
    exercises[exerciseId] = next;
  });
}

/** The key of an exercise or scenario in `helped`. */
export type HelpKey = `exercise:${string}` | `scenario:${string}`;

/** True when the solution of this exercise or scenario was shown (and not reset since). */
export function wasHelped(doc: ProgressDoc, key: HelpKey): boolean {
  return doc.helped !== undefined && Object.prototype.hasOwnProperty.call(doc.helped, key);
}

/** Records that the solution was shown (`true`) or that the learner started over (`false`). */
export function setHelped(
  storage: KeyValueStorage,
  key: HelpKey,
  helped: boolean,
  now: string = new Date().toISOString(),
): boolean {
  return change(storage, (doc) => {
    if (helped) {
      doc.helped ??= Object.create(null) as Record<string, string>;
      doc.helped[key] ??= now;
    } else if (doc.helped) {
      delete doc.helped[key];
      if (Object.keys(doc.helped).length === 0) delete doc.helped;
    }
  });
}
