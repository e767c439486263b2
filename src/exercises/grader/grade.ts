/** grade(): source text → findings. Pure and browser-safe: no Node modules, no schema compilation. */
import { fillTemplate } from '../../util/fill-template.ts';
import { detectKind } from './detect-kind.ts';
import { lineIndex } from './parse/line-index.ts';
import { parseJson } from './parse/parse-json.ts';
import { parseYaml } from './parse/parse-yaml.ts';
import { syntaxDetail } from './parse/syntax-detail.ts';
import type { ParseOutcome, SourceDoc } from './parse/source.ts';
import { checkTemplate } from './rules/cfn/checks.ts';
import { checkTemplateSpec } from './rules/cfn-spec/checks.ts';
import { checkPolicyDocument } from './rules/iam/checks.ts';
import { checkPartialInput, checkRunTask } from './rules/cli-files/checks.ts';
import { ACTION_DROPS, checkNulls, checkOutputOnly, MAX_FINDINGS } from './rules/input/checks.ts';
import droppedByAction from './rules/input/dropped-by-action.ts';
import duplicateKey from './rules/input/duplicate-key.ts';
import emptyInput from './rules/input/empty.ts';
import outputOnlyKey from './rules/input/output-only-key.ts';
import syntaxError from './rules/input/syntax.ts';
import tooDeep from './rules/input/too-deep.ts';
import tooLarge from './rules/input/too-large.ts';
import tooManyFindings from './rules/input/too-many-findings.ts';
import tooManyNodes from './rules/input/too-many-nodes.ts';
import unknownKind from './rules/input/unknown-kind.ts';
import { collector, prefixed, type Report, type Reporter } from './rules/report.ts';
import { checkScalableTarget, checkScalingPolicy, checkScheduledAction } from './rules/scaling/checks.ts';
import { checkSchema } from './rules/schema.ts';
import { checkService } from './rules/service/checks.ts';
import { checkTaskDef } from './rules/taskdef/run.ts';
import type {
  Finding,
  GradeOptions,
  GradeResult,
  Kind,
  Lang,
  Params,
  ParseError,
  RuleMeta,
  SourceFormat,
  Target,
} from './types.ts';
import { get, has, isObj, newObj, withoutEmptyValues, withoutNulls, type Obj } from './value.ts';

/** Fills `{name}` placeholders. */
export function render(template: string, params: Params): string {
  return fillTemplate(template, params).trim();
}

/** Guesses the format: JSON when the text starts with `{` or `[`, else YAML. */
export function guessFormat(text: string): SourceFormat {
  const t = text.trimStart();
  return t.startsWith('{') || t.startsWith('[') ? 'json' : 'yaml';
}

/**
 * Grades one input. Never throws: bad syntax, pathological nesting, alias bombs and wrong types
 * all become findings. `accepted` is true exactly when no finding is an error.
 */
export function grade(source: string, options: GradeOptions = {}): GradeResult {
  const traced = gradeTraced(source, options);
  const findings: readonly TracedFinding[] = traced.findings;
  return { ...traced, findings: findings.map(({ messageId: _messageId, ...finding }) => finding) };
}

/** A finding with the id of the message template it was rendered from (for the rule tester). */
export interface TracedFinding extends Finding {
  readonly messageId: string;
}

/** grade() that also tells, per finding, which of the rule's message templates was used. */
export function gradeTraced(
  source: string,
  options: GradeOptions = {},
): GradeResult & { readonly findings: readonly TracedFinding[] } {
  const lang: Lang = options.lang ?? 'ja';
  const text = typeof source === 'string' ? source : '';
  const format = options.format ?? guessFormat(text);
  const outcome: ParseOutcome = format === 'json' ? parseJson(text) : parseYaml(text);
  const pos = lineIndex(text);
  if (!outcome.ok) {
    const at = pos(outcome.offset);
    const rule = { syntax: syntaxError, empty: emptyInput, 'too-large': tooLarge, 'too-deep': tooDeep }[
      outcome.code
    ];
    const detail = syntaxDetail(format, outcome.reason, outcome.message, lang);
    const params = { detail, size: text.length };
    const finding = makeFinding(rule, 'default', '', params, lang, at.line, at.column);
    const parseError: ParseError = { message: detail, line: at.line, column: at.column };
    return { kind: options.kind ?? 'unknown', accepted: false, findings: [finding], parseError };
  }
  const doc = outcome.doc;
  const r = collector();
  for (const p of doc.problems) {
    if (p.code === 'duplicate-key') r.report(duplicateKey, p.pointer, { key: p.key ?? '' });
    else r.report(p.code === 'too-deep' ? tooDeep : tooManyNodes, p.pointer);
  }
  const kind = options.kind ?? detectKind(doc.value);
  if (!kind) r.report(unknownKind, '');
  else runRules(kind, doc.value, r, options.target ?? 'api');
  const findings = toFindings(r.reports, doc, lang);
  return { kind: kind ?? 'unknown', accepted: !findings.some((f) => f.severity === 'error'), findings };
}

function runRules(kind: Kind, value: unknown, r: Reporter, target: Target): void {
  if (kind === 'cfn') {
    checkSchema('cfn', value, r, new Set());
    if (isObj(value)) {
      checkTemplate(value, r);
      checkTemplateSpec(value, r);
    }
    return;
  }
  if (kind === 'taskdef' && isObj(value) && isObj(get(value, 'taskDefinition'))) {
    r.report(outputOnlyKey, '/taskDefinition', { key: 'taskDefinition' });
    runApiRules(kind, get(value, 'taskDefinition'), prefixed(r, '/taskDefinition'), false);
    return;
  }
  if (kind === 'taskdef' && target === 'github-action') {
    runApiRules(kind, asActionSubmits(value, r), r);
    return;
  }
  runApiRules(kind, value, r);
}

/**
 * The task definition as aws-actions/amazon-ecs-deploy-task-definition submits it: empty values
 * (null, '', empty lists and objects) removed, then the describe-only keys removed with a warning
 * (reported here as info). https://github.com/aws-actions/amazon-ecs-deploy-task-definition
 */
function asActionSubmits(value: unknown, r: Reporter): unknown {
  const clean = withoutEmptyValues(value);
  if (!isObj(clean)) return clean;
  const out = newObj();
  for (const k of Object.keys(clean)) {
    if (ACTION_DROPS.includes(k)) r.report(droppedByAction, '/' + k, { key: k });
    else out[k] = clean[k];
  }
  return out;
}

function runApiRules(kind: Kind, value: unknown, r: Reporter, actionHint = true): void {
  const skip = checkNulls(value, r);
  checkOutputOnly(kind, value, r, actionHint);
  const fragment =
    kind === 'scaling-policy' &&
    !has(value, 'PolicyName') &&
    (has(value, 'TargetValue') || has(value, 'PredefinedMetricSpecification'));
  if (!fragment) checkSchema(kind, value, r, skip);
  // null means "not set": reported once above, then invisible to the rules (no cascades).
  const clean = skip.size > 0 ? withoutNulls(value) : value;
  if (checkPartialInput(kind, clean, r)) return;
  if (!isObj(clean)) return;
  const o: Obj = clean;
  switch (kind) {
    case 'taskdef':
      return checkTaskDef(o, r, false);
    case 'service':
      return checkService(o, r);
    case 'scaling-target':
      return checkScalableTarget(o, r);
    case 'scaling-policy':
      return checkScalingPolicy(o, r, false);
    case 'scheduled-action':
      return checkScheduledAction(o, r);
    case 'iam-policy':
      return checkPolicyDocument(o, '', r);
    case 'run-task':
      return checkRunTask(o, r);
  }
}

/** Type and value checks that give way to a more specific rule reporting at the same place. */
const SCHEMA_RULES = new Set([
  'input/wrong-type',
  'input/invalid-value',
  'input/unknown-parameter',
  'cfn/property-type',
  'cfn/enum-value',
]);

function toFindings(reports: readonly Report[], doc: SourceDoc, lang: Lang): TracedFinding[] {
  const pos = lineIndex(doc.text);
  const outputOnly = new Set(
    reports.filter((x) => x.rule.id === 'input/output-only-key').map((x) => x.pointer),
  );
  const semanticPaths = new Set(
    reports
      .filter((x) => !x.rule.id.startsWith('input/') && !SCHEMA_RULES.has(x.rule.id))
      .map((x) => x.pointer),
  );
  const seen = new Set<string>();
  const out: TracedFinding[] = [];
  const severityRank = { error: 0, warning: 1, info: 2 } as const;
  const ordered =
    reports.length > MAX_FINDINGS
      ? [...reports].sort((a, b) => severityRank[a.rule.severity] - severityRank[b.rule.severity])
      : reports;
  let dropped = 0;
  for (const rep of ordered) {
    if (SCHEMA_RULES.has(rep.rule.id) && (semanticPaths.has(rep.pointer) || outputOnly.has(rep.pointer)))
      continue;
    const key = `${rep.rule.id}|${rep.messageId}|${rep.pointer}|${JSON.stringify(rep.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length >= MAX_FINDINGS) {
      dropped++;
      continue;
    }
    const span = doc.spanOf(rep.pointer);
    const start = pos(span?.start ?? 0);
    const end = span ? pos(span.end) : undefined;
    out.push(
      makeFinding(
        rep.rule,
        rep.messageId,
        rep.pointer,
        rep.params,
        lang,
        start.line,
        start.column,
        end?.line,
        end?.column,
      ),
    );
  }
  out.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  if (dropped > 0)
    out.push(
      makeFinding(
        tooManyFindings,
        'default',
        '',
        { count: out.length + dropped, shown: out.length },
        lang,
        1,
        1,
      ),
    );
  return out;
}

function makeFinding(
  rule: RuleMeta,
  messageId: string,
  path: string,
  params: Params,
  lang: Lang,
  line: number,
  column: number,
  endLine?: number,
  endColumn?: number,
): TracedFinding {
  const template = rule.messages[messageId] ?? rule.messages.default;
  const messages = { ja: render(template.ja, params), en: render(template.en, params) };
  return {
    ruleId: rule.id,
    messageId,
    severity: rule.severity,
    message: messages[lang],
    messages,
    path,
    line,
    column,
    ...(endLine !== undefined ? { endLine } : {}),
    ...(endColumn !== undefined ? { endColumn } : {}),
    lesson: rule.lesson,
  };
}
