/**
 * Accepted exceptions: inline comments in YAML (`# ecs-dojo-disable-next-line rule-id -- reason`),
 * a CloudFormation resource's `Metadata: { ecs-dojo: { ignore: [...] } }` (JSON or YAML, as
 * cfn-lint's Metadata), and the configuration's `exceptions`. Unused ones are reported.
 */
import picomatch from 'picomatch';
import type { Finding, GradeResult, Lang } from '../exercises/grader/index.ts';
import { parseJson } from '../exercises/grader/parse/parse-json.ts';
import { parseYaml } from '../exercises/grader/parse/parse-yaml.ts';
import type { LintConfig } from './config.ts';

/** A finding of the CLI itself (not a grader rule), reported like one. */
export const CLI_RULES = {
  unusedSuppression: {
    id: 'lint/unused-suppression',
    summary: {
      ja: '使われていない抑制（その行にもうその指摘がない）',
      en: 'A suppression that suppresses nothing (the finding is gone)',
    },
  },
  suppressionReason: {
    id: 'lint/suppression-without-reason',
    summary: {
      ja: '理由のない抑制（`-- 理由` を書いてください）',
      en: 'A suppression without a reason (add `-- reason`)',
    },
  },
} as const;

interface Directive {
  readonly rules: readonly string[];
  readonly reason: string;
  /** Where the directive itself is (for "unused" findings). */
  readonly line: number;
  readonly column: number;
  readonly path: string;
  /** What it covers: a source line, or a JSON pointer prefix (a resource). */
  readonly targetLine?: number;
  readonly pathPrefix?: string;
}

const DIRECTIVE = /#\s*ecs-dojo-disable-next-line\b([^\n]*)/;

function splitReason(rest: string): { rules: string[]; reason: string } {
  const [ruleText = '', ...reason] = rest.split(/\s--\s?/);
  const rules = ruleText
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  return { rules, reason: reason.join(' -- ').trim() };
}

/** `# ecs-dojo-disable-next-line` comments of a YAML text; each covers the next line with content. */
export function yamlDirectives(text: string): Directive[] {
  if (!text.includes('ecs-dojo-disable')) return [];
  const lines = text.split(/\r?\n/);
  const out: Directive[] = [];
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target] ?? '')) target++;
    const { rules, reason } = splitReason(m[1] ?? '');
    out.push({ rules, reason, line: i + 1, column: (m.index ?? 0) + 1, path: '', targetLine: target + 1 });
  });
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `Metadata.ecs-dojo.ignore` entries of a template's resources; each covers the resource. */
export function metadataDirectives(
  value: unknown,
  spanLine: (pointer: string) => { line: number; column: number },
): Directive[] {
  if (!isObj(value) || !isObj(value['Resources'])) return [];
  const out: Directive[] = [];
  for (const [name, resource] of Object.entries(value['Resources'])) {
    if (!isObj(resource) || !isObj(resource['Metadata'])) continue;
    const ours = resource['Metadata']['ecs-dojo'];
    if (!isObj(ours) || !Array.isArray(ours['ignore'])) continue;
    const prefix = `/Resources/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    ours['ignore'].forEach((entry: unknown, i) => {
      const rule = typeof entry === 'string' ? entry : isObj(entry) ? entry['rule'] : undefined;
      const reason = isObj(entry) && typeof entry['reason'] === 'string' ? entry['reason'] : '';
      if (typeof rule !== 'string') return;
      const path = `${prefix}/Metadata/ecs-dojo/ignore/${i}`;
      out.push({ rules: [rule], reason, ...spanLine(path), path, pathPrefix: prefix });
    });
  }
  return out;
}

const covers = (d: Directive, f: Finding): boolean =>
  d.rules.includes(f.ruleId) &&
  (d.targetLine !== undefined
    ? f.line === d.targetLine
    : f.path === d.pathPrefix || f.path.startsWith(`${d.pathPrefix ?? ''}/`));

function cliFinding(
  rule: (typeof CLI_RULES)[keyof typeof CLI_RULES],
  d: Directive,
  lang: Lang,
  detail: { ja: string; en: string },
): Finding {
  const messages = { ja: `${rule.summary.ja}: ${detail.ja}`, en: `${rule.summary.en}: ${detail.en}` };
  return {
    ruleId: rule.id,
    severity: 'warning',
    message: messages[lang],
    messages,
    path: d.path,
    line: d.line,
    column: d.column,
  };
}

export interface Suppressed {
  readonly findings: readonly Finding[];
  readonly suppressed: number;
}

/** Lines and columns of a pointer, by parsing the text again (only for templates that use Metadata). */
function metadataOf(text: string, format: 'json' | 'yaml'): Directive[] {
  if (!text.includes('ecs-dojo')) return [];
  const outcome = format === 'json' ? parseJson(text) : parseYaml(text);
  if (!outcome.ok) return [];
  const { doc } = outcome;
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const at = (pointer: string): { line: number; column: number } => {
    const offset = doc.spanOf(pointer)?.start ?? 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
  return metadataDirectives(doc.value, at);
}

/** Applies inline and Metadata suppressions and the configuration's exceptions to one file's findings. */
export function applySuppressions(
  file: string,
  text: string,
  format: 'json' | 'yaml',
  result: GradeResult,
  config: LintConfig,
  lang: Lang,
): Suppressed {
  const directives = [
    ...(format === 'yaml' ? yamlDirectives(text) : []),
    ...(result.kind === 'cfn' ? metadataOf(text, format) : []),
  ];
  const exceptions = config.exceptions.filter((x) =>
    x.files.some((p) => picomatch(p, { dot: true, basename: !p.includes('/') })(file)),
  );
  const used = new Set<Directive>();
  let suppressed = 0;
  const kept: Finding[] = [];
  for (const f of result.findings) {
    const d = directives.find((x) => covers(x, f));
    if (d) {
      used.add(d);
      suppressed++;
    } else if (exceptions.some((x) => x.rule === f.ruleId)) suppressed++;
    else kept.push(f);
  }
  for (const d of directives) {
    const names = d.rules.join(', ') || '(no rule id)';
    if (!used.has(d)) kept.push(cliFinding(CLI_RULES.unusedSuppression, d, lang, { ja: names, en: names }));
    else if (!d.reason) kept.push(cliFinding(CLI_RULES.suppressionReason, d, lang, { ja: names, en: names }));
  }
  kept.sort((a, b) => a.line - b.line || a.column - b.column);
  return { findings: kept, suppressed };
}
