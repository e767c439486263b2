/** eslint-like text: a block per file, `line:col  severity  message  rule-id`, then a summary line. */
import type { Finding, Lang } from '../../exercises/grader/index.ts';
import { noWorkflowCommand, oneLine, visible } from '../escape.ts';
import type { LintReport } from '../lint-files.ts';
import { countFindings } from './summary.ts';

/** At most this many findings of one file are printed; the rest are counted in one line. */
export const TEXT_FINDINGS_PER_FILE = 200;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

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
  const lines: { f: Finding; group: Finding[] }[] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!PER_CONTAINER_RULES.has(f.ruleId)) {
      lines.push({ f, group: [] });
      continue;
    }
    const key = `${f.ruleId}|${taskDefinitionOf(f.path)}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      const fresh = [f];
      groups.set(key, fresh);
      lines.push({ f, group: fresh });
    }
  }
  return lines.map((l) => ({ f: l.f, others: l.group.slice(1) }));
}

interface Paint {
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly info: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly file: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOR: Paint = {
  error: sgr(31, 39),
  warning: sgr(33, 39),
  info: sgr(36, 39),
  dim: sgr(2, 22),
  file: sgr(4, 24),
};
const id = (s: string): string => s;
const PLAIN: Paint = { error: id, warning: id, info: id, dim: id, file: id };

const WORDS = {
  ja: {
    sameIn: (n: number, at: string) => `（同じ指摘がほかに ${n} 個のコンテナ: ${at}）`,
    more: (n: number) => `… ほかに ${n} 件（すべて見るには --format json）`,
    unreadable: '読み取れません',
    summary: (total: number, e: number, w: number, i: number) =>
      `✖ ${total} 件の指摘（エラー ${e}、警告 ${w}、情報 ${i}）`,
    ok: (files: number) => `✔ 指摘はありません（${files} ファイル）`,
    suppressed: (n: number) => `抑制 ${n} 件`,
    unreadableCount: (n: number) => `読み取れないファイル ${n} 件`,
  },
  en: {
    sameIn: (n: number, at: string) => ` (also ${plural(n, 'more container')}: ${at})`,
    more: (n: number) => `… ${plural(n, 'more finding')} (use --format json to see all)`,
    unreadable: 'cannot be read',
    summary: (total: number, e: number, w: number, i: number) =>
      `✖ ${plural(total, 'problem')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info)`,
    ok: (files: number) => `✔ no problems (${plural(files, 'file')})`,
    suppressed: (n: number) => `${n} suppressed`,
    unreadableCount: (n: number) => `${plural(n, 'file')} could not be read`,
  },
} as const;

/** Renders the report; colour codes only when `color` is true. File content is never passed through raw. */
export function toText(report: LintReport, lang: Lang, color = false): string {
  const paint = color ? COLOR : PLAIN;
  const words = WORDS[lang];
  const out: string[] = [];
  for (const file of report.files) {
    if (!file.error && file.findings.length === 0) continue;
    out.push(noWorkflowCommand(paint.file(visible(file.file))));
    if (file.error) out.push(`  ${paint.error('error')}    ${words.unreadable}: ${file.error}`);
    const lines = groupFindings(file.findings);
    const shown = lines.slice(0, TEXT_FINDINGS_PER_FILE);
    let width = 0;
    for (const { f } of shown) width = Math.max(width, `${f.line}:${f.column}`.length);
    let printed = 0;
    for (const { f, others } of shown) {
      printed += 1 + others.length;
      const sev = paint[f.severity](f.severity.padEnd(7));
      const also =
        others.length > 0
          ? words.sameIn(others.length, others.map((o) => `${o.line}:${o.column}`).join(', '))
          : '';
      out.push(
        `  ${paint.dim(`${f.line}:${f.column}`.padEnd(width))}  ${sev}  ${oneLine(f.message)}${also}  ${paint.dim(f.ruleId)}`,
      );
    }
    const rest = file.findings.length - printed;
    if (rest > 0) out.push(`  ${words.more(rest)}`);
    out.push('');
  }
  const c = countFindings(report);
  const total = c.error + c.warning + c.info;
  const extras = [
    ...(c.suppressed > 0 ? [words.suppressed(c.suppressed)] : []),
    ...(c.unreadable > 0 ? [words.unreadableCount(c.unreadable)] : []),
  ];
  let line: string;
  if (total > 0) line = [words.summary(total, c.error, c.warning, c.info), ...extras].join(' · ');
  else if (c.unreadable > 0)
    line = ['✖ ' + words.unreadableCount(c.unreadable), ...extras.slice(0, -1)].join(' · ');
  else line = [words.ok(report.files.length), ...extras].join(' · ');
  out.push(
    total === 0 && c.unreadable === 0
      ? line
      : c.error > 0 || c.unreadable > 0
        ? paint.error(line)
        : paint.warning(line),
  );
  return out.join('\n');
}
