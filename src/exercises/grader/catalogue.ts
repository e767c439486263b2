/** Groups and sorts the rule catalogue for the rules pages (the .astro files only render). */
import { lessonHref } from '../../i18n/links.ts';
import { ALL_RULES } from './rules/index.ts';
import type { Kind, Lang, RuleMeta, Severity } from './types.ts';

export type CatalogueGroup =
  | 'input'
  | 'taskdef'
  | 'service'
  | 'scaling-target'
  | 'scaling-policy'
  | 'scheduled-action'
  | 'iam-policy'
  | 'cfn';

export interface CatalogueRow {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly message: string;
  readonly note?: string;
  readonly quotesAws: boolean;
  /** The AWS sentence that decides the rule, and the page it is on. */
  readonly awsQuote?: string;
  readonly awsSource?: string;
  readonly lessonHref: string;
  readonly lessonLabel: string;
}

export interface CatalogueSection {
  readonly group: CatalogueGroup;
  readonly title: string;
  readonly rows: readonly CatalogueRow[];
}

const TITLES: Record<CatalogueGroup, { ja: string; en: string }> = {
  input: { ja: '入力全体（構文と AWS CLI の検証）', en: 'Whole input (syntax and AWS CLI validation)' },
  taskdef: { ja: 'タスク定義', en: 'Task definitions' },
  service: { ja: 'サービスと run-task', en: 'Services and run-task' },
  'scaling-target': {
    ja: 'Auto Scaling（スケーラブルターゲット・ポリシー・スケジュール）',
    en: 'Auto Scaling (targets, policies, schedules)',
  },
  'scaling-policy': { ja: 'スケーリングポリシー', en: 'Scaling policies' },
  'scheduled-action': { ja: 'スケジュールアクション', en: 'Scheduled actions' },
  'iam-policy': { ja: 'IAM ポリシー', en: 'IAM policies' },
  cfn: { ja: 'CloudFormation テンプレート', en: 'CloudFormation templates' },
};

const ORDER: readonly CatalogueGroup[] = [
  'input',
  'taskdef',
  'service',
  'scaling-target',
  'scaling-policy',
  'scheduled-action',
  'iam-policy',
  'cfn',
];
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where a rule is listed: input rules together, others under their first kind. */
export function groupOf(rule: RuleMeta): CatalogueGroup {
  if (rule.id.startsWith('input/')) return 'input';
  if (rule.id.startsWith('scaling/')) return 'scaling-target';
  const first: Kind = rule.kinds[0] ?? 'taskdef';
  return (ORDER as readonly string[]).includes(first) ? (first as CatalogueGroup) : 'service';
}

/** The catalogue in one language, as sections with sorted rows. */
export function ruleCatalogue(
  lang: Lang,
  base = '/',
  rules: readonly RuleMeta[] = ALL_RULES,
): CatalogueSection[] {
  return ORDER.flatMap((group) => {
    const rows = rules
      .filter((r) => groupOf(r) === group)
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id))
      .map((r): CatalogueRow => ({
        id: r.id,
        severity: r.severity,
        summary: r.summary[lang],
        message: r.messages.default[lang],
        ...(r.note ? { note: r.note[lang] } : {}),
        quotesAws: r.quotesAws === true,
        ...(r.aws ? { awsQuote: r.aws.quote, awsSource: r.aws.source } : {}),
        lessonHref: lessonHref(base, lang, r.lesson.lesson, r.lesson.anchor),
        lessonLabel: `${r.lesson.lesson}#${r.lesson.anchor}`,
      }));
    return rows.length > 0 ? [{ group, title: TITLES[group][lang], rows }] : [];
  });
}

/** Count of rules by group and severity (for the page intro and the report). */
export function ruleCounts(
  rules: readonly RuleMeta[] = ALL_RULES,
): Record<CatalogueGroup, Record<Severity, number>> {
  const out = Object.fromEntries(ORDER.map((g) => [g, { error: 0, warning: 0, info: 0 }])) as Record<
    CatalogueGroup,
    Record<Severity, number>
  >;
  for (const r of rules) out[groupOf(r)][r.severity]++;
  return out;
}

/** Fixed texts of the rules pages. */
export const CATALOGUE_TEXT = {
  ja: {
    title: '採点ルール一覧',
    description: 'ECS Dojo の採点エンジンと ecs-dojo lint が確認するルールの一覧です。',
    intro:
      'エラーは「AWS がそのままでは受け付けない」、警告は「受け付けるが既知の問題」、情報は「知っておくとよいこと」です。AWS は最初に見つけた1件しか返さないことが多いですが、ECS Dojo はすべての指摘を並べます。CloudFormation テンプレートにも同じルールが PascalCase のプロパティ名で適用されます。',
    id: 'ルール ID',
    severity: '重大度',
    checks: '確認内容',
    message: 'メッセージ',
    lesson: 'レッスン',
    awsQuote: 'AWS のエラー文を引用',
    decidedBy: '根拠（AWS の記述）',
    severities: { error: 'エラー', warning: '警告', info: '情報' },
    examples: '例を見る',
    failing: '指摘される例',
    passing: '指摘されない例',
    lines: (first: number, last: number, total: number) => `${first}〜${last} 行目（全 ${total} 行）`,
    reported: (line: number, path: string) => `${line} 行目（${path || '入力全体'}）で報告されます`,
  },
  en: {
    title: 'Grading rules',
    description: 'Every rule the ECS Dojo grader and ecs-dojo lint check.',
    intro:
      'An error means AWS would refuse the input as it is; a warning means AWS accepts it but it is a known problem; info is worth knowing. AWS often reports only the first problem it finds; ECS Dojo lists all of them. CloudFormation templates get the same rules, on their PascalCase properties.',
    id: 'Rule id',
    severity: 'Severity',
    checks: 'What it checks',
    message: 'Message',
    lesson: 'Lesson',
    awsQuote: "quotes AWS's error text",
    decidedBy: 'What AWS says',
    severities: { error: 'error', warning: 'warning', info: 'info' },
    examples: 'Examples',
    failing: 'Flagged',
    passing: 'Not flagged',
    lines: (first: number, last: number, total: number) => `lines ${first}–${last} of ${total}`,
    reported: (line: number, path: string) => `reported at line ${line} (${path || 'the whole input'})`,
  },
} as const;
