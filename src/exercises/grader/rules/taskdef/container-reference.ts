/** Rule taskdef/container-reference: dependsOn, links, volumesFrom and mountPoints name containers or volumes of the same task. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { arr, get, ptr, str } from '../../value.ts';
import { type ContainerCtx, type DependsOnCtx, containerByName, containerNames } from './context.ts';

const containerReference = checkedRule({
  area: 'taskdef',
  id: 'taskdef/container-reference',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'depends-on'),
  summary: {
    ja: 'dependsOn・links・volumesFrom・mountPoints が同じタスク内のコンテナやボリュームを指す',
    en: 'dependsOn, links, volumesFrom and mountPoints name containers or volumes of the same task',
  },
  messages: {
    default: {
      ja: '{field} が指す "{target}" はこのタスク定義にありません。',
      en: '{field} names "{target}", which this task definition does not have.',
    },
  },
  checks: { dependsOn: checkDependsOn, containerLinks: check },
});

/** Reports a dependsOn entry (at `dp`) naming a container the task does not define. */
function checkDependsOn({ ctx, dep, dp }: DependsOnCtx): void {
  const target = str(get(dep, 'containerName'));
  if (target !== undefined && !containerByName(ctx, target))
    ctx.r.report(containerReference, ptr(dp, 'containerName'), { field: 'dependsOn', target });
}

/** Reports links, volumesFrom and mountPoints naming a container or volume the task does not define. */
function check({ ctx, x }: ContainerCtx): void {
  const { c, p } = x;
  const names = containerNames(ctx);
  const volumes = new Set(
    arr(get(ctx.td, 'volumes')).flatMap((v) =>
      typeof get(v, 'name') === 'string' ? [get(v, 'name') as string] : [],
    ),
  );
  arr(get(c, 'links')).forEach((link, j) => {
    const target = typeof link === 'string' ? (link.split(':')[0] ?? '') : undefined;
    if (target !== undefined && !names.has(target))
      ctx.r.report(containerReference, ptr(p, 'links', j), { field: 'links', target });
  });
  arr(get(c, 'volumesFrom')).forEach((vf, j) => {
    const target = str(get(vf, 'sourceContainer'));
    if (target !== undefined && !names.has(target))
      ctx.r.report(containerReference, ptr(p, 'volumesFrom', j, 'sourceContainer'), {
        field: 'volumesFrom',
        target,
      });
  });
  arr(get(c, 'mountPoints')).forEach((mp, j) => {
    const target = str(get(mp, 'sourceVolume'));
    if (target !== undefined && !volumes.has(target))
      ctx.r.report(containerReference, ptr(p, 'mountPoints', j, 'sourceVolume'), {
        field: 'mountPoints.sourceVolume',
        target,
      });
  });
}

export default containerReference;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { dependsOn: [{ containerName: 'db', condition: 'START' }] }),
        messageId: 'default',
        path: '/containerDefinitions/0/dependsOn/0/containerName',
        line: 44,
      },
    ],
    pass: [td()],
  };
}
