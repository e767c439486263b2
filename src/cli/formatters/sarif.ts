/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with help text and its lesson, every finding
 * with a location (line and column). https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import { ALL_RULES, type Lang, type RuleMeta, type Severity } from '../../exercises/grader/index.ts';
import { lessonHref } from '../../i18n/links.ts';
import type { LintReport } from '../lint-files.ts';
import { CLI_RULES } from '../suppress.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export interface SarifOptions {
  readonly lang: Lang;
  readonly version: string;
  /** Absolute site URL for lesson links (help URIs); without it the help text names the lesson path. */
  readonly siteUrl?: string;
}

function ruleDescriptor(rule: RuleMeta, o: SarifOptions): Record<string, unknown> {
  const path = lessonHref('/', o.lang, rule.lesson.lesson, rule.lesson.anchor);
  const uri = o.siteUrl
    ? new URL(path.replace(/^\//, ''), o.siteUrl.endsWith('/') ? o.siteUrl : `${o.siteUrl}/`).href
    : undefined;
  const lesson = uri ?? path;
  const note = rule.note ? `\n\n${rule.note[o.lang]}` : '';
  const text = `${rule.summary[o.lang]}\n\n${rule.messages.default[o.lang]}${note}\n\n${o.lang === 'ja' ? 'レッスン' : 'Lesson'}: ${lesson}`;
  return {
    id: rule.id,
    name: rule.id.replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.summary[o.lang] },
    fullDescription: { text: rule.messages.default[o.lang].replace(/\{\w+\}/g, '…') },
    help: {
      text,
      markdown: `${rule.summary[o.lang]}\n\n${note.trim()}\n\n[${o.lang === 'ja' ? 'レッスン' : 'Lesson'}](${lesson})`,
    },
    ...(uri ? { helpUri: uri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['ecs', rule.kinds[0] ?? 'input'] },
  };
}

/** The report as one SARIF run. */
export function toSarif(report: LintReport, o: SarifOptions): string {
  const rules: Record<string, unknown>[] = ALL_RULES.map((r) => ruleDescriptor(r, o));
  for (const r of Object.values(CLI_RULES))
    rules.push({
      id: r.id,
      shortDescription: { text: r.summary[o.lang] },
      defaultConfiguration: { level: 'warning' },
    });
  const index = new Map(rules.map((r, i) => [r['id'] as string, i]));
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(file.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: Math.max(1, f.line),
              startColumn: Math.max(1, f.column),
              ...(f.endLine ? { endLine: f.endLine } : {}),
              ...(f.endColumn ? { endColumn: f.endColumn } : {}),
            },
          },
          ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'element' }] } : {}),
        },
      ],
    })),
  );
  const notifications = [
    ...report.files
      .filter((f) => f.error)
      .map((f) => ({
        level: 'error',
        message: { text: `${f.file}: ${f.error ?? ''}` },
        locations: [
          { physicalLocation: { artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' } } },
        ],
      })),
    ...report.skipped.map((s) => ({ level: 'note', message: { text: `${s.file}: skipped (${s.reason})` } })),
  ];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ecs-dojo', version: o.version, semanticVersion: o.version, rules } },
        results,
        invocations: [
          {
            executionSuccessful: !report.files.some((f) => f.error),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
