/** Rule taskdef/plaintext-secret: No password- or key-like names in plain environment (Security Hub ECS.8). */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { arr, get, ptr, str } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const plaintextSecret = checkedRule({
  area: 'taskdef',
  id: 'taskdef/plaintext-secret',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'secrets'),
  summary: {
    ja: 'パスワードやキーらしい名前の値を environment に平文で置かない（Security Hub ECS.8）',
    en: 'No password- or key-like names in plain environment (Security Hub ECS.8)',
  },
  messages: {
    default: {
      ja: '環境変数 "{name}" は秘密情報に見えます。environment の値は DescribeTaskDefinition で誰でも読めます。secrets（Secrets Manager／SSM）を使ってください。',
      en: 'Environment variable "{name}" looks like a secret. environment values are readable by anyone who can call DescribeTaskDefinition; use secrets (Secrets Manager or SSM).',
    },
  },
  checks: { practice: check },
});

const SECRET_NAME =
  /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|ECS_ENGINE_AUTH_DATA)/i;

/** Reports each environment variable whose name suggests a secret in plain text. */
function check({ ctx, x }: ContainerCtx): void {
  arr(get(x.c, 'environment')).forEach((e, j) => {
    const envName = str(get(e, 'name'));
    if (envName && SECRET_NAME.test(envName))
      ctx.r.report(plaintextSecret, ptr(x.p, 'environment', j, 'name'), { name: envName });
  });
}

export default plaintextSecret;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { environment: [{ name: 'DB_PASSWORD', value: 'hunter2' }] }),
        messageId: 'default',
        path: '/containerDefinitions/0/environment/0/name',
        line: 44,
      },
    ],
    pass: [td({}, { environment: [{ name: 'LOG_LEVEL', value: 'info' }] })],
  };
}
