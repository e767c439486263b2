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

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const SUMMARY = {
  ja: (total: number, c: Record<'error' | 'warning' | 'info', number>): string =>
    `✖ ${total} 件の指摘（エラー ${c.error}、警告 ${c.warning}、情報 ${c.info}）`,
  en: (total: number, c: Record<'error' | 'warning' | 'info', number>): string =>
    `✖ ${plural(total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info)`,
  okJa: (files: number): string => `✔ 指摘はありません（${files} ファイル）`,
  okEn: (files: number): string => `✔ no problems (${plural(files, 'file')})`,
};

/** Rules that report once per container; text output shows them once per task definition. */
export const PER_CONTAINER_RULES: ReadonlySet<string> = new Set([
  'taskdef/writable-root-fs',
  'taskdef/no-health-check',
  'taskdef/image-tag',
  'taskdef/no-log-configuration',
  'taskdef/root-user',
]);

/** The task definition a container finding belongs to: its path up to the container list. */
function taskDefinitionOf(path: string): string {
  return /^(.*?)(?:\/[Cc]ontainerDefinitions)?\/\d+(?:\/|$)/.exec(path)?.[1] ?? path;
}

interface Line {
  readonly f: Finding;
  readonly others: readonly Finding[];
}

/** Findings as text lines: per-container warnings of one task definition folded into the first. */
export function groupFindings(findings: readonly Finding[]): Line[] {
  const lines: Line[] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!PER_CONTAINER_RULES.has(f.ruleId)) {
      lines.push({ f, others: [] });
      continue;
    }
    const key = `${f.ruleId}|${taskDefinitionOf(f.path)}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      const fresh = [f];
      groups.set(key, fresh);
      lines.push({ f, others: fresh });
    }
  }
  return lines.map((l) => (l.others.length > 0 ? { f: l.f, others: l.others.slice(1) } : l));
}

const MORE = {
  ja: (n: number, at: string): string => `（同じ指摘がほかに ${n} 個のコンテナ: ${at}）`,
  en: (n: number, at: string): string => ` (also ${n} more container${n === 1 ? '' : 's'}: ${at})`,
};

/**
 * eslint-style text: a block per file, `line:col  severity  message  rule-id`, then a summary
 * line. A per-container warning is shown once per task definition with where else it applies;
 * the summary counts every finding, as the JSON output lists them.
 */
export function toText(results: readonly FileResult[], lang: Lang): string {
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const { file, result } of results) {
    if (result.findings.length === 0) continue;
    out.push(file);
    const width = Math.max(...result.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of result.findings) count[f.severity]++;
    for (const { f, others } of groupFindings(result.findings)) {
      const more =
        others.length > 0
          ? MORE[lang](others.length, others.map((o) => `${o.line}:${o.column}`).join(', '))
          : '';
      out.push(
        `  ${`${f.line}:${f.column}`.padEnd(width)}  ${f.severity.padEnd(7)}  ${oneLine(f)}${more}  ${f.ruleId}`,
      );
    }
    out.push('');
  }
  const total = count.error + count.warning + count.info;
  const ok = lang === 'ja' ? SUMMARY.okJa : SUMMARY.okEn;
  out.push(total === 0 ? ok(results.length) : SUMMARY[lang](total, count));
  return out.join('\n');
}

function oneLine(f: Finding): string {
  return f.message.replace(/\s+/g, ' ');
}
