/**
 * What the rules page shows of a rule's examples: the lines around the reported line of the first
 * failing example, and the same lines of the first passing one, as plain text.
 */
import { EXAMPLES_BY_ID } from './rules/rule-files.ts';
import type { RuleExamples } from './rules/example-docs.ts';

/** A window of lines from an example document. */
export interface ExampleExcerpt {
  /** 1-based numbers of the first and last line shown. */
  readonly firstLine: number;
  readonly lastLine: number;
  readonly totalLines: number;
  /** The lines shown; long lines are cut and end in "…". */
  readonly text: string;
}

/** A rule's examples as the rules page shows them. */
export interface RuleExampleView {
  readonly fail: ExampleExcerpt;
  readonly pass: ExampleExcerpt;
  /** Where the rule reports in the failing example. */
  readonly path: string;
  readonly line: number;
}

/** Lines `around - radius` to `around + radius` of `src` (kept inside the document). */
export function excerpt(src: string, around: number, radius = 5, maxWidth = 100): ExampleExcerpt {
  const lines = src.split('\n');
  const total = lines.length;
  const first = Math.max(1, Math.min(around - radius, total - 2 * radius));
  const last = Math.min(total, first + 2 * radius);
  const text = lines
    .slice(first - 1, last)
    .map((l) => (l.length > maxWidth ? `${l.slice(0, maxWidth)}…` : l))
    .join('\n');
  return { firstLine: first, lastLine: last, totalLines: total, text };
}

/** The view of a rule's first failing and first passing example, if it has both. */
export function ruleExampleView(
  id: string,
  examples: ReadonlyMap<string, RuleExamples> = EXAMPLES_BY_ID,
): RuleExampleView | undefined {
  const ex = examples.get(id);
  const fail = ex?.fail[0];
  const pass = ex?.pass[0];
  if (!fail || pass === undefined) return undefined;
  return {
    fail: excerpt(fail.src, fail.line),
    pass: excerpt(pass, fail.line),
    path: fail.path,
    line: fail.line,
  };
}
