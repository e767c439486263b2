/** Rule taskdef/no-health-check: Essential application containers have a health check (log routers and agents are skipped). */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { has } from '../../value.ts';
import { type ContainerCtx, isSidecar } from './context.ts';

const noHealthCheck = checkedRule({
  area: 'taskdef',
  id: 'taskdef/no-health-check',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'health-checks'),
  summary: {
    ja: 'アプリケーションの必須コンテナにヘルスチェックがある（ログルーターやエージェントは除く）',
    en: 'Essential application containers have a health check (log routers and agents are skipped)',
  },
  messages: {
    default: {
      ja: '必須コンテナ "{name}" にヘルスチェックがありません。ハングしても ECS は気づけません。',
      en: 'Essential container "{name}" has no healthCheck; ECS cannot notice when it hangs.',
    },
  },
  checks: { practice: check },
});

/** Reports an application container (not a sidecar) without a health check. */
function check({ ctx, x }: ContainerCtx): void {
  if (!isSidecar(x.c) && !has(x.c, 'healthCheck')) ctx.r.report(noHealthCheck, x.p, { name: x.name ?? x.p });
}

export default noHealthCheck;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { healthCheck: undefined }),
        messageId: 'default',
        path: '/containerDefinitions/0',
        line: 12,
      },
    ],
    pass: [td()],
  };
}
