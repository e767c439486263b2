/** The JSON output: `{ files: [{ file, kind, accepted, findings: [...] }] }`, plus `error` for an unreadable file and `skipped`. */
import type { LintReport } from '../lint-files.ts';

/** Stable JSON contract (README); new keys are only ever added. */
export function toJson(report: LintReport): string {
  const files = report.files.map((f) => ({
    file: f.file,
    kind: f.kind,
    accepted: f.accepted,
    ...(f.error ? { error: f.error } : {}),
    ...(f.suppressed > 0 ? { suppressed: f.suppressed } : {}),
    findings: f.findings.map((x) => ({
      ruleId: x.ruleId,
      severity: x.severity,
      message: x.message,
      path: x.path,
      line: x.line,
      column: x.column,
    })),
  }));
  return JSON.stringify(
    { files, ...(report.skipped.length > 0 ? { skipped: report.skipped } : {}) },
    null,
    2,
  );
}
