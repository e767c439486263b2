/** Output formats of `ecs-dojo lint`: eslint-like text and a stable JSON shape. */
import type { Finding, GradeResult, Lang } from '../exercises/grader/index.ts';

export interface FileResult {
  readonly file: string;
  readonly result: GradeResult;
}

/** The JSON output: `{ files: [{ file, kind, accepted, findings: [{ ruleId, severity, message, path, line, column }] }] }`. */
export function toJson(results: readonly FileResult[]): string {
  const files = results.map(({ file, result }) => ({
    file,
    kind: result.kind,
    accepted: result.accepted,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      path: f.path,
      line: f.line,
      column: f.column,
    })),
  }));
  return JSON.stringify({ files }, null, 2);
}

const WORDS = {
  ja: { error: 'エラー', warning: '警告', info: '情報', problems: '件の指摘', ok: '指摘はありません' },
  en: { error: 'errors', warning: 'warnings', info: 'info', problems: 'problems', ok: 'no problems' },
} as const;

/** eslint-style text: a block per file, `line:col  severity  message  rule-id`, then a summary line. */
export function toText(results: readonly FileResult[], lang: Lang): string {
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const { file, result } of results) {
    if (result.findings.length === 0) continue;
    out.push(file);
    const width = Math.max(...result.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of result.findings) {
      count[f.severity]++;
      out.push(
        `  ${`${f.line}:${f.column}`.padEnd(width)}  ${f.severity.padEnd(7)}  ${oneLine(f)}  ${f.ruleId}`,
      );
    }
    out.push('');
  }
  const total = count.error + count.warning + count.info;
  const w = WORDS[lang];
  out.push(
    total === 0
      ? `✔ ${w.ok} (${results.length} file${results.length === 1 ? '' : 's'})`
      : `✖ ${total} ${w.problems} (${count.error} ${w.error}, ${count.warning} ${w.warning}, ${count.info} ${w.info})`,
  );
  return out.join('\n');
}

function oneLine(f: Finding): string {
  return f.message.replace(/\s+/g, ' ');
}
