/**
 * The rule tester: runs a rule's examples through the grader. A failing example must make the rule
 * report, as its first finding of that rule, the message id, JSON path and line the example names;
 * a passing example must not make the rule report at all.
 */
import { gradeTraced, type TracedFinding } from '../grade.ts';
import type { RuleMeta } from '../types.ts';
import type { RuleExamples } from './example-docs.ts';

/** What is wrong with a rule's examples, one readable line per problem (empty when they hold). */
export function checkRuleExamples(rule: RuleMeta, examples: RuleExamples): string[] {
  const problems: string[] = [];
  const options = {
    ...(examples.kind ? { kind: examples.kind } : {}),
    ...(examples.target ? { target: examples.target } : {}),
  };
  if (examples.fail.length === 0) problems.push(`${rule.id}: no failing example`);
  if (examples.pass.length === 0) problems.push(`${rule.id}: no passing example`);
  examples.fail.forEach((ex, i) => {
    const where = `${rule.id}: failing example ${i + 1}`;
    if (!(ex.messageId in rule.messages))
      problems.push(`${where} names unknown message id "${ex.messageId}"`);
    const traced: readonly TracedFinding[] = gradeTraced(ex.src, options).findings;
    const found = traced.find((f) => f.ruleId === rule.id);
    if (!found) {
      problems.push(`${where} gives no finding of the rule`);
      return;
    }
    if (found.messageId !== ex.messageId)
      problems.push(`${where}: message id "${found.messageId}", expected "${ex.messageId}"`);
    if (found.path !== ex.path) problems.push(`${where}: path "${found.path}", expected "${ex.path}"`);
    if (found.line !== ex.line) problems.push(`${where}: line ${found.line}, expected ${ex.line}`);
  });
  examples.pass.forEach((src, i) => {
    const hits = gradeTraced(src, options).findings.filter((f) => f.ruleId === rule.id);
    if (hits.length > 0)
      problems.push(
        `${rule.id}: passing example ${i + 1} gives ${hits.length} finding(s) at ${hits[0]?.path}`,
      );
  });
  return problems;
}
