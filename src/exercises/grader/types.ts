/** Shared types of the grader: input kinds, findings and rule metadata. */
import type { Bilingual, Lang } from '../../i18n/lang.ts';

export type { Bilingual, Lang };

/** The kinds of input the grader understands. */
export const KINDS = [
  'taskdef',
  'service',
  'scaling-target',
  'scaling-policy',
  'scheduled-action',
  'cfn',
  'iam-policy',
  'run-task',
  'container-definitions',
  'target-tracking-configuration',
  'step-scaling-configuration',
  'capacity-provider-strategy',
  'deployment-configuration',
  'network-configuration',
  'service-connect-configuration',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * How the file will be submitted: `api` grades what `--cli-input-json` would send; `github-action`
 * first applies what aws-actions/amazon-ecs-deploy-task-definition does to the file (drops
 * describe-only keys, nulls and empty values).
 */
export const TARGETS = ['api', 'github-action'] as const;
export type Target = (typeof TARGETS)[number];

export type Severity = 'error' | 'warning' | 'info';
export type SourceFormat = 'json' | 'yaml';

export const LESSON_SLUGS = [
  '01-architecture',
  '02-task-definitions',
  '03-fargate-ec2',
  '04-services-autoscaling',
  '05-deployments',
  '06-alb',
  '07-logging',
  '08-ecs-exec',
  '09-service-connect',
  '10-iac',
  '11-anti-patterns',
  '12-faq',
] as const;
export type LessonSlug = (typeof LESSON_SLUGS)[number];

/** A lesson section: served at `/lessons/<lesson>/#<anchor>` (ja) and `/en/lessons/<lesson>/#<anchor>`. */
export interface LessonRef {
  readonly lesson: LessonSlug;
  readonly anchor: string;
}

/** Static description of one rule; the check code lives in the rule modules. */
export interface RuleMeta {
  /** Stable id, `<area>/<name>`. Never rename a published id. */
  readonly id: string;
  /** Input kinds the rule applies to; the first is where the catalogue lists it. */
  readonly kinds: readonly Kind[];
  readonly severity: Severity;
  readonly lesson: LessonRef;
  /** What the rule checks (catalogue text). */
  readonly summary: Bilingual;
  /**
   * Message templates by message id (`default` is the usual one); `{name}` placeholders are filled
   * from the report's params.
   */
  readonly messages: RuleMessages;
  /** True when the English message quotes AWS's own error text (ecs-facts §9). */
  readonly quotesAws?: boolean;
  /** Extra note for the catalogue, e.g. that AWS reports only the first error of this kind. */
  readonly note?: Bilingual;
  /** The AWS sentence that decides the rule, quoted, with the page it is on. */
  readonly aws?: AwsQuote;
}

/** A rule's message templates, keyed by message id; every rule has a `default` message. */
export type RuleMessages = { readonly default: Bilingual } & Readonly<Record<string, Bilingual>>;

/** A sentence quoted from AWS documentation (or an API error message) and where it is. */
export interface AwsQuote {
  readonly quote: string;
  readonly source: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** The message in the requested language. */
  readonly message: string;
  readonly messages: Bilingual;
  /** JSON pointer (RFC 6901) of the offending value in the source document. */
  readonly path: string;
  /** 1-based line and column of the offending value. */
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly lesson?: LessonRef;
}

export interface ParseError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export interface GradeOptions {
  readonly kind?: Kind;
  readonly lang?: Lang;
  readonly format?: SourceFormat;
  readonly target?: Target;
}

export interface GradeResult {
  readonly kind: Kind | 'unknown';
  /** True exactly when no finding has severity `error`. */
  readonly accepted: boolean;
  readonly findings: readonly Finding[];
  readonly parseError?: ParseError;
}

/** Parameters for message templates. */
export type Params = Readonly<Record<string, string | number>>;
