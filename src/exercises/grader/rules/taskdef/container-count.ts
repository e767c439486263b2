/** Rule taskdef/container-count: Between 1 and 10 containers. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { ECS_QUOTAS } from '../../../../aws/index.ts';
import { get } from '../../value.ts';
import type { TdCtx } from './context.ts';

const containerCount = checkedRule({
  area: 'taskdef',
  id: 'taskdef/container-count',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'limits'),
  quotesAws: true,
  summary: { ja: 'コンテナが 1〜10 個', en: 'Between 1 and 10 containers' },
  messages: {
    default: {
      ja: 'コンテナは 1〜10 個です（今は {count} 個）。空のときの AWS のエラー: Container list cannot be empty.',
      en: 'A task definition holds 1 to 10 containers (this one has {count}). For an empty list AWS says: Container list cannot be empty.',
    },
  },
  checks: { containers: check },
});

/** Reports an empty container list or one longer than the per-task quota. */
function check(ctx: TdCtx): void {
  const list = get(ctx.td, 'containerDefinitions');
  if (Array.isArray(list) && (list.length === 0 || list.length > ECS_QUOTAS.containersPerTaskDefinition))
    ctx.r.report(containerCount, '/containerDefinitions', { count: list.length });
}

export default containerCount;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({ containerDefinitions: [] }),
        messageId: 'default',
        path: '/containerDefinitions',
        line: 11,
      },
    ],
    pass: [td()],
  };
}
