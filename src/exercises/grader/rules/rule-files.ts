/**
 * Every rule file with its examples, found by file name (for the rule tester, the registry test and
 * the rules page). The grader itself never imports this module: examples stay out of its bundle.
 */
import type { RuleMeta } from '../types.ts';
import type { RuleExamples } from './example-docs.ts';

interface RuleModule {
  readonly default?: RuleMeta;
  readonly examples?: () => RuleExamples;
}

/** A rule file: where it is, the rule it exports and its examples. */
export interface RuleFile {
  /** Path relative to `rules/`, e.g. `taskdef/task-cpu.ts`. */
  readonly file: string;
  readonly rule: RuleMeta;
  readonly examples: RuleExamples | undefined;
}

const MODULES = import.meta.glob<RuleModule>(['./*/*.ts', '!./*/*.test.ts'], { eager: true });

/** True for a module whose default export is a rule. */
function isRule(value: unknown): value is RuleMeta {
  return typeof value === 'object' && value !== null && 'id' in value && 'messages' in value;
}

/** Every file under `rules/<area>/` that exports a rule, sorted by path. */
export const RULE_FILES: readonly RuleFile[] = Object.entries(MODULES)
  .flatMap(([path, mod]) =>
    isRule(mod.default) ? [{ file: path.slice(2), rule: mod.default, examples: mod.examples?.() }] : [],
  )
  .sort((a, b) => a.file.localeCompare(b.file));

/** Examples by rule id. */
export const EXAMPLES_BY_ID: ReadonlyMap<string, RuleExamples> = new Map(
  RULE_FILES.flatMap((f) => (f.examples ? [[f.rule.id, f.examples] as const] : [])),
);
