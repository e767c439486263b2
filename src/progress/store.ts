/**
 * The learner's progress, kept in the browser as one versioned JSON document. Framework-free and
 * storage-agnostic: pass any object with getItem/setItem (localStorage in the browser, a Map-backed
 * fake in tests). A document that cannot be read is kept under a backup key, never thrown away.
 */
export const PROGRESS_KEY = 'ecs-dojo:progress';
export const PROGRESS_BACKUP_KEY = 'ecs-dojo:progress:backup';
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
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type LoadResult = {
  doc: ProgressDoc;
  problem?: 'corrupted' | 'unknown-version';
  /** True once an unreadable document has been copied to the backup key, so it may be replaced. */
  backedUp?: boolean;
};

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
  const quizzes = parsed['quizzes'];
  if (isRecord(quizzes)) {
    for (const [id, value] of Object.entries(quizzes)) {
      const answer = readQuizAnswer(value);
      if (answer && id.length <= MAX_ID_LENGTH) doc.quizzes[id] = answer;
    }
  }
  const scenarios = parsed['scenarios'];
  if (isRecord(scenarios)) {
    for (const [id, value] of Object.entries(scenarios)) {
      if ((value === 'passed' || value === 'solved-with-help') && id.length <= MAX_ID_LENGTH)
        doc.scenarios[id] = value;
    }
  }
  const exercises = readExercises(parsed['exercises']);
  if (exercises) doc.exercises = exercises;
  const lessons = readLessons(parsed['lessons']);
  if (lessons) doc.lessons = lessons;
  const labs = readLabs(parsed['labs']);
  if (labs) doc.labs = labs;
  return { doc };
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

function readLessons(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const out = Object.create(null) as Record<string, string>;
  for (const [id, date] of Object.entries(value)) {
    if (id.length <= MAX_ID_LENGTH && typeof date === 'string' && date.length <= MAX_DATE_LENGTH)
      out[id] = date;
  }
  return out;
}

function isExerciseStatus(value: unknown): value is ExerciseStatus {
  return value === 'in-progress' || value === 'passed' || value === 'solved-with-help';
}

function readExercises(value: unknown): Record<string, ExerciseProgress> | undefined {
  if (!isRecord(value)) return undefined;
  const out = Object.create(null) as Record<string, ExerciseProgress>;
  for (const [id, entry] of Object.entries(value)) {
    if (id.length > MAX_ID_LENGTH || !isRecord(entry) || !isExerciseStatus(entry['status'])) continue;
    const source = entry['source'];
    const progress: ExerciseProgress = { status: entry['status'] };
    if (typeof source === 'string' && source.length <= MAX_SAVED_SOURCE) progress.source = source;
    const startedAt = readTime(entry['startedAt']);
    if (startedAt) progress.startedAt = startedAt;
    const completedAt = readTime(entry['completedAt']);
    if (completedAt) progress.completedAt = completedAt;
    out[id] = progress;
  }
  return out;
}

/** An ISO 8601 timestamp as we write them, or undefined. */
function readTime(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value)
    ? value
    : undefined;
}

/** Loads progress; a document that cannot be read is copied to the backup key first. */
export function loadProgress(storage: KeyValueStorage): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { doc: emptyProgress() };
  }
  const result = parseProgress(raw);
  if (result.problem && raw !== null) {
    try {
      storage.setItem(PROGRESS_BACKUP_KEY, raw);
      return { ...result, backedUp: true };
    } catch {
      // Storage full or blocked: the original stays where it is, and we will not overwrite it.
    }
  }
  return result;
}

/** Loads, changes and saves the document. Returns false when nothing could be stored. */
function change(storage: KeyValueStorage, edit: (doc: ProgressDoc) => void): boolean {
  const { doc, problem, backedUp } = loadProgress(storage);
  if (problem && !backedUp) return false; // never overwrite a document that exists nowhere else
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
