/**
 * The progress file the learner downloads ("Export"): the progress document wrapped with a marker,
 * the date and an optional learner name. Kept apart from the import code so every page can offer a
 * download without loading it.
 */
import { PROGRESS_VERSION, type ProgressDoc } from './store.ts';

export const EXPORT_KIND = 'ecs-dojo-progress';
export const MAX_LEARNER_NAME = 80;

export interface ProgressExport {
  kind: typeof EXPORT_KIND;
  version: number;
  exportedAt: string;
  learner?: string;
  progress: ProgressDoc;
}

/** A learner name cleaned for display: control characters removed, trimmed and capped. */
export function cleanLearnerName(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const visible = [...name].map((char) =>
    (char.codePointAt(0) ?? 0) < 32 || char === '\u007f' ? ' ' : char,
  );
  const cleaned = visible.join('').trim().slice(0, MAX_LEARNER_NAME);
  return cleaned === '' ? undefined : cleaned;
}

/** The export document for a progress document. */
export function buildExport(doc: ProgressDoc, now: Date, learner?: string): ProgressExport {
  const name = cleanLearnerName(learner);
  return {
    kind: EXPORT_KIND,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    ...(name !== undefined ? { learner: name } : {}),
    progress: doc,
  };
}

/** The file name for an export: `ecs-dojo-progress-2026-05-01.json`, with the learner if given. */
export function exportFileName(now: Date, learner?: string): string {
  const name = cleanLearnerName(learner)
    ?.replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `ecs-dojo-progress-${name ? `${name}-` : ''}${now.toISOString().slice(0, 10)}.json`;
}
