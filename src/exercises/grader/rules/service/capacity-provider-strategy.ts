/** Rule service/capacity-provider-strategy: At most 20 items, only one base, not every weight 0, no Fargate and ASG providers mixed, no provider twice. */
import { FIRST_ERROR_NOTE, checkedRule } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { STRATEGY } from './shared.ts';
import { strategyProblems, type StrategyItemInput } from '../../../../aws/index.ts';
import { get, num, ptr, str } from '../../value.ts';
import type { ServiceCtx } from './context.ts';

const strategyRules = checkedRule({
  area: 'service',
  id: 'service/capacity-provider-strategy',
  kinds: ['service', 'run-task', 'capacity-provider-strategy', 'cfn'],
  severity: 'error',
  lesson: STRATEGY,
  summary: {
    ja: '戦略は 20 項目以内、base は1項目だけ、weight がすべて 0 でない、Fargate と ASG プロバイダーを混ぜない、同じプロバイダーを重複させない',
    en: 'At most 20 items, only one base, not every weight 0, no Fargate and ASG providers mixed, no provider twice',
  },
  messages: { default: { ja: '{detailJa}', en: '{detail}' } },
  note: FIRST_ERROR_NOTE,
  aws: {
    quote: 'Only one capacity provider in a capacity provider strategy can have a base defined.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html',
  },
  checks: { strategy: check },
});

/** Problems the JSON Schema already reports (names and ranges); the rule adds the rest. */
const SCHEMA_CHECKED = new Set(['provider-name', 'base-range', 'weight-range']);

/** A strategy item as the shared rules in src/aws read it: intrinsics and odd types are unknown. */
function strategyInput(it: unknown): StrategyItemInput {
  const value = (v: unknown): number | undefined | 'unknown' =>
    v === undefined ? undefined : (num(v) ?? 'unknown');
  const name = get(it, 'capacityProvider');
  return {
    capacityProvider: name === undefined ? undefined : (str(name) ?? 'unknown'),
    base: value(get(it, 'base')),
    weight: value(get(it, 'weight')),
  };
}

/** Reports each strategy problem the schema does not already cover (CreateService, RunTask, or a strategy file). */
function check({ svc, r }: ServiceCtx): void {
  const list = get(svc, 'capacityProviderStrategy');
  if (!Array.isArray(list) || list.length === 0) return;
  const base = '/capacityProviderStrategy';
  for (const problem of strategyProblems(list.map(strategyInput))) {
    if (SCHEMA_CHECKED.has(problem.code)) continue;
    const at =
      problem.code === 'two-bases' && problem.index !== undefined ? ptr(base, problem.index, 'base') : base;
    r.report(strategyRules, at, { detail: problem.en, detailJa: problem.ja });
  }
}

export default strategyRules;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({
          launchType: undefined,
          capacityProviderStrategy: [
            { capacityProvider: 'FARGATE', base: 1 },
            { capacityProvider: 'FARGATE_SPOT', base: 1 },
          ],
        }),
        messageId: 'default',
        path: '/capacityProviderStrategy',
        line: 25,
      },
    ],
    pass: [
      svc({
        launchType: undefined,
        capacityProviderStrategy: [
          { capacityProvider: 'FARGATE', base: 1, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 3 },
        ],
      }),
    ],
  };
}
