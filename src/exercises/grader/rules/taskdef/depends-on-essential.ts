/** Rule taskdef/depends-on-essential: COMPLETE and SUCCESS dependencies do not target an essential container. */
import { checkedRule, lesson } from '../define.ts';
import { container, td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { get, ptr, str } from '../../value.ts';
import { type DependsOnCtx, containerByName, isEssential } from './context.ts';

const dependsOnEssential = checkedRule({
  area: 'taskdef',
  id: 'taskdef/depends-on-essential',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'depends-on'),
  quotesAws: true,
  summary: {
    ja: 'COMPLETE・SUCCESS の依存先は必須コンテナにしない',
    en: 'COMPLETE and SUCCESS dependencies do not target an essential container',
  },
  messages: {
    default: {
      ja: '"{target}" は必須コンテナなので {condition} 条件の依存先にできません。essential: false にしてください（AWS: A dependency container with SUCCESS or COMPLETE condition cannot be an essential container）',
      en: 'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container ("{target}" with {condition}).',
    },
  },
  aws: {
    quote: "This condition can't be set on an essential container.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html',
  },
  checks: { dependsOn: check },
});

/** Reports a dependsOn entry (at `dp`) waiting for an essential container to COMPLETE or SUCCEED. */
function check({ ctx, dep, dp }: DependsOnCtx): void {
  const target = str(get(dep, 'containerName'));
  const condition = str(get(dep, 'condition'));
  const targetDef = target === undefined ? undefined : containerByName(ctx, target);
  if (
    target !== undefined &&
    targetDef &&
    (condition === 'COMPLETE' || condition === 'SUCCESS') &&
    isEssential(targetDef)
  )
    ctx.r.report(dependsOnEssential, ptr(dp, 'condition'), { target, condition });
}

export default dependsOnEssential;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({
          containerDefinitions: [
            container({ dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }),
            container({ name: 'init' }),
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
          container({ dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }),
          container({ name: 'init', essential: false }),
        ],
      }),
    ],
  };
}
