/**
 * Progress files: what "Export" downloads and "Import" reads. A file is the progress document
 * wrapped with a marker, so a stray JSON file is recognised as not ours, plus the date and an
 * optional learner name (plain text; shown with textContent only).
 */
import { PROGRESS_VERSION, readDocument, type ProgressDoc } from './store.ts';
import { isRecord } from '../util/is-record.ts';

export const EXPORT_KIND = 'ecs-dojo-progress';
/** Files larger than this are refused before parsing (the store itself stays well under it). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_LEARNER_NAME = 80;

export interface ProgressExport {
  kind: typeof EXPORT_KIND;
  version: number;
  exportedAt: string;
  learner?: string;
  progress: ProgressDoc;
}

/** A file read back: its progress and who exported it, or why it was refused. */
export type ImportResult =
  | { ok: true; doc: ProgressDoc; learner?: string; exportedAt?: string }
  | { ok: false; reason: ImportProblem };

export type ImportProblem = 'too-large' | 'not-json' | 'not-progress' | 'unknown-version' | 'tampered';

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

/** Reads an exported file's text; never throws. */
export function parseExport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(parsed) || parsed['kind'] !== EXPORT_KIND || !isRecord(parsed['progress']))
    return { ok: false, reason: 'not-progress' };
  const { doc, problem } = readDocument(parsed['progress']);
  if (problem) return { ok: false, reason: 'unknown-version' };
  const learner = cleanLearnerName(parsed['learner']);
  const exportedAt = typeof parsed['exportedAt'] === 'string' ? parsed['exportedAt'].slice(0, 40) : undefined;
  return {
    ok: true,
    doc,
    ...(learner !== undefined ? { learner } : {}),
    ...(exportedAt !== undefined ? { exportedAt } : {}),
  };
}
