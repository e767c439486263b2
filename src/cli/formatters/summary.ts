/** Counts shared by the output formats. */
import type { LintReport } from '../lint-files.ts';

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly suppressed: number;
  /** Files that could not be read. */
  readonly unreadable: number;
}

/** Totals over a report. */
export function countFindings(report: LintReport): Counts {
  let error = 0;
  let warning = 0;
  let info = 0;
  let suppressed = 0;
  let unreadable = 0;
  for (const f of report.files) {
    suppressed += f.suppressed;
    if (f.error) unreadable++;
    for (const x of f.findings) {
      if (x.severity === 'error') error++;
      else if (x.severity === 'warning') warning++;
      else info++;
    }
  }
  return { error, warning, info, suppressed, unreadable };
}
