/**
 * Merging two progress documents (an import into the stored one): nothing already achieved is
 * undone by an older file. Passed beats solved with help beats in progress; a correct quiz answer
 * beats an incorrect one; the earlier "read" date is kept.
 */
import {
  betterCompletion,
  betterExerciseStatus,
  emptyProgress,
  type CompletionStatus,
  type ExerciseProgress,
  type ProgressDoc,
  type QuizAnswer,
} from './store.ts';

function own<T>(record: Record<string, T> | undefined): [string, T][] {
  return record ? Object.entries(record) : [];
}

function has(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function betterQuiz(a: QuizAnswer | undefined, b: QuizAnswer): QuizAnswer {
  if (!a) return b;
  return a.correct || !b.correct ? a : b;
}

function betterExercise(a: ExerciseProgress | undefined, b: ExerciseProgress): ExerciseProgress {
  const status = betterExerciseStatus(a?.status, b.status);
  const out: ExerciseProgress = { status };
  const source = a?.source ?? b.source;
  if (source !== undefined) out.source = source;
  const startedAt = earliest(a?.startedAt, b.startedAt);
  if (startedAt !== undefined) out.startedAt = startedAt;
  // The completion time belongs to the entry whose status won (earliest when both are equal).
  const completedAt =
    a && a.status === b.status
      ? earliest(a.completedAt, b.completedAt)
      : (status === b.status ? b : a)?.completedAt;
  if (completedAt !== undefined) out.completedAt = completedAt;
  return out;
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  return b === undefined || a < b ? a : b;
}

function earlier(a: string | undefined, b: string): string {
  return a === undefined || b < a ? b : a;
}

/** The union of two documents, keeping the better entry wherever both have one. Pure. */
export function mergeProgress(base: ProgressDoc, incoming: ProgressDoc): ProgressDoc {
  const out = emptyProgress();
  for (const doc of [base, incoming]) {
    for (const [id, answer] of own(doc.quizzes))
      out.quizzes[id] = betterQuiz(has(out.quizzes, id) ? out.quizzes[id] : undefined, answer);
    for (const [id, status] of own(doc.scenarios))
      out.scenarios[id] = betterCompletion(has(out.scenarios, id) ? out.scenarios[id] : undefined, status);
    if (doc.exercises) {
      out.exercises ??= Object.create(null) as Record<string, ExerciseProgress>;
      const exercises = out.exercises;
      for (const [id, entry] of own(doc.exercises))
        exercises[id] = betterExercise(has(exercises, id) ? exercises[id] : undefined, entry);
    }
    if (doc.labs) {
      out.labs ??= Object.create(null) as Record<string, CompletionStatus>;
      const labs = out.labs;
      for (const [id, status] of own(doc.labs))
        labs[id] = betterCompletion(has(labs, id) ? labs[id] : undefined, status);
    }
    if (doc.lessons) {
      out.lessons ??= Object.create(null) as Record<string, string>;
      const lessons = out.lessons;
      for (const [id, date] of own(doc.lessons))
        lessons[id] = earlier(has(lessons, id) ? lessons[id] : undefined, date);
    }
  }
  return out;
}
