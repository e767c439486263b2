/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` annotation per finding.
 * Data and properties are encoded as GitHub documents, so file content cannot start a command.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Lang, Severity } from '../../exercises/grader/index.ts';
import { commandData, commandProperty, noWorkflowCommand, visible } from '../escape.ts';
import type { LintReport } from '../lint-files.ts';
import { countFindings } from './summary.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** At most this many annotations per file (GitHub shows only the first few per step anyway). */
export const GITHUB_FINDINGS_PER_FILE = 200;

/** The report as workflow commands, then one plain summary line. */
export function toGithub(report: LintReport, lang: Lang): string {
  const out: string[] = [];
  for (const file of report.files) {
    const name = commandProperty(file.file);
    if (file.error)
      out.push(`::error file=${name},title=${commandProperty('ecs-dojo')}::${commandData(file.error)}`);
    for (const f of file.findings.slice(0, GITHUB_FINDINGS_PER_FILE)) {
      const props = [
        `file=${name}`,
        `line=${f.line}`,
        `col=${f.column}`,
        ...(f.endLine ? [`endLine=${f.endLine}`] : []),
        ...(f.endColumn && f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
        `title=${commandProperty(f.ruleId)}`,
      ];
      out.push(`::${COMMAND[f.severity]} ${props.join(',')}::${commandData(f.message)}`);
    }
    const rest = file.findings.length - GITHUB_FINDINGS_PER_FILE;
    if (rest > 0) out.push(noWorkflowCommand(visible(`${file.file}: ${rest} more findings not annotated`)));
  }
  const c = countFindings(report);
  out.push(
    lang === 'ja'
      ? `ecs-dojo: エラー ${c.error}、警告 ${c.warning}、情報 ${c.info}（${report.files.length} ファイル）`
      : `ecs-dojo: ${c.error} errors, ${c.warning} warnings, ${c.info} info (${report.files.length} files)`,
  );
  return out.join('\n');
}
