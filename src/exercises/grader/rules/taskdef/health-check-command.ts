/** Rule taskdef/health-check-command: A health check command starts with CMD or CMD-SHELL (what the API reference asks; other forms still register). */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { get, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const healthCheckCommand = checkedRule({
  area: 'taskdef',
  id: 'taskdef/health-check-command',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'health-checks'),
  summary: {
    ja: 'ヘルスチェックの command が CMD か CMD-SHELL で始まる（API リファレンスの指定。ほかの形も登録はされる）',
    en: 'A health check command starts with CMD or CMD-SHELL (what the API reference asks; other forms still register)',
  },
  messages: {
    default: {
      ja: 'ヘルスチェックの command が "{first}" で始まっています。API リファレンスは先頭を CMD（引数をそのまま実行）か CMD-SHELL（コンテナのシェルで実行）にするよう求めていますが、ECS はこの形も登録します。イメージの文書がこの形を指定していて動いているなら、そのままにしてください。シェルのないイメージで CMD-SHELL を付けると、ヘルスチェックは必ず失敗します。',
      en: 'The health check command starts with "{first}". The API reference asks for CMD (run the arguments directly) or CMD-SHELL (run them with the container\'s shell) first, but ECS registers this form too. If the image documents this form and it works, keep it; adding CMD-SHELL to an image without a shell makes the check fail every time.',
    },
  },
  aws: {
    quote:
      "The string array must start with CMD to run the command arguments directly, or CMD-SHELL to run the command with the container's default shell.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
  },
  checks: { healthCheck: check },
});

/** Reports a health check command whose first item is neither CMD nor CMD-SHELL. */
function check({ ctx, x }: ContainerCtx): void {
  const cmd = get(get(x.c, 'healthCheck'), 'command');
  const first: unknown = Array.isArray(cmd) ? (cmd as unknown[])[0] : undefined;
  // ECS registers other first items, and AWS's own collector image documents ["/healthcheck"]
  // (ecs-facts §0): a warning that never advises adding a shell.
  if (Array.isArray(cmd) && typeof first === 'string' && first !== 'CMD' && first !== 'CMD-SHELL')
    ctx.r.report(healthCheckCommand, ptr(x.p, 'healthCheck', 'command', 0), { first });
}

export default healthCheckCommand;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { healthCheck: { command: ['/healthcheck'], interval: 30 } }),
        messageId: 'default',
        path: '/containerDefinitions/0/healthCheck/command/0',
        line: 26,
      },
    ],
    pass: [td()],
  };
}
