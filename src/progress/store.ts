/**
 * The learner's progress, kept in the browser as one versioned JSON document. Framework-free and
 * storage-agnostic: pass any object with getItem/setItem (localStorage in the browser, a Map-backed
 * fake in tests). A document that cannot be read is kept under a backup key, never thrown away.
 */
export const PROGRESS_KEY = 'ecs-dojo:progress';
export const PROGRESS_BACKUP_KEY = 'ecs-dojo:progress:backup';
export const PROGRESS_VERSION = 1;

export interface QuizAnswer {
  /** Index of the option the learner chose. */
  choice: number;
  correct: boolean;
}

/** How a scenario or exercise was completed. `passed` always outranks `solved-with-help`. */
export type CompletionStatus = 'passed' | 'solved-with-help';

export interface ProgressDoc {
  version: typeof PROGRESS_VERSION;
  quizzes: Record<string, QuizAnswer>;
  scenarios: Record<string, CompletionStatus>;
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

const MAX_ID_LENGTH = 200;
const MAX_CHOICE = 100;

export function emptyProgress(): ProgressDoc {
  return {
    version: PROGRESS_VERSION,
    quizzes: Object.create(null) as Record<string, QuizAnswer>,
    scenarios: Object.create(null) as Record<string, CompletionStatus>,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  if (parsed['version'] !== PROGRESS_VERSION) return { doc: emptyProgress(), problem: 'unknown-version' };
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
  return { doc };
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
