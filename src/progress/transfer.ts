/**
 * Progress files: what "Export" downloads and "Import" reads. A file is the progress document
 * wrapped with a marker, so a stray JSON file is recognised as not ours, plus the date and an
 * optional learner name (plain text; shown with textContent only).
 */
import { readDocument, type ProgressDoc } from './store.ts';
import { isRecord } from '../util/is-record.ts';
import { EXPORT_KIND, cleanLearnerName } from './export-file.ts';

export {
  EXPORT_KIND,
  MAX_LEARNER_NAME,
  buildExport,
  cleanLearnerName,
  exportFileName,
  type ProgressExport,
} from './export-file.ts';

/** Files larger than this are refused before parsing (the store itself stays well under it). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** A file read back: its progress and who exported it, or why it was refused. */
export type ImportResult =
  | { ok: true; doc: ProgressDoc; learner?: string; exportedAt?: string }
  | { ok: false; reason: ImportProblem };

export type ImportProblem = 'too-large' | 'not-json' | 'not-progress' | 'unknown-version' | 'tampered';

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
