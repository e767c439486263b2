/** Rule taskdef/depends-on-healthy: A HEALTHY dependency targets a container with a health check. */
import { checkedRule, lesson } from '../define.ts';
import { container, td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { get, has, ptr, str } from '../../value.ts';
import { type DependsOnCtx, containerByName } from './context.ts';

const dependsOnHealthy = checkedRule({
  area: 'taskdef',
  id: 'taskdef/depends-on-healthy',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'depends-on'),
  summary: {
    ja: 'HEALTHY 条件の依存先にヘルスチェックがある',
    en: 'A HEALTHY dependency targets a container with a health check',
  },
  messages: {
    default: {
      ja: '"{target}" にはヘルスチェックがないので HEALTHY 条件は意味を持ちません。healthCheck を追加してください。',
      en: '"{target}" has no healthCheck, so the HEALTHY condition cannot work as intended. Add a healthCheck to it.',
    },
  },
  checks: { dependsOn: check },
});

/** Reports a dependsOn entry (at `dp`) waiting for HEALTHY on a container without a health check. */
function check({ ctx, dep, dp }: DependsOnCtx): void {
  const target = str(get(dep, 'containerName'));
  const targetDef = target === undefined ? undefined : containerByName(ctx, target);
  if (
    target !== undefined &&
    targetDef &&
    str(get(dep, 'condition')) === 'HEALTHY' &&
    !has(targetDef, 'healthCheck')
  )
    ctx.r.report(dependsOnHealthy, ptr(dp, 'condition'), { target });
}

export default dependsOnHealthy;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({
          containerDefinitions: [
            container({ dependsOn: [{ containerName: 'side', condition: 'HEALTHY' }] }),
            container({ name: 'side', healthCheck: undefined, essential: false }),
          ],
        }),
        messageId: 'default',
        path: '/containerDefinitions/0/dependsOn/0/condition',
        line: 45,
      },
    ],
    pass: [
      td({
        containerDefinitions: [
          container({ dependsOn: [{ containerName: 'side', condition: 'HEALTHY' }] }),
          container({ name: 'side' }),
        ],
      }),
    ],
  };
}
