/** Rule taskdef/no-log-configuration: Every container has a logConfiguration (Security Hub ECS.9). */
import { checkedRule, lesson } from '../define.ts';
import { ec2Td, json, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { has } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const noLogConfiguration = checkedRule({
  area: 'taskdef',
  id: 'taskdef/no-log-configuration',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('07-logging', 'awslogs'),
  summary: {
    ja: '各コンテナに logConfiguration がある（Security Hub ECS.9）',
    en: 'Every container has a logConfiguration (Security Hub ECS.9)',
  },
  messages: {
    default: {
      ja: 'コンテナ "{name}" に logConfiguration がありません。ログがどこにも残りません。',
      en: 'Container "{name}" has no logConfiguration; its logs go nowhere you can read.',
    },
  },
  checks: { practice: check },
});

/** Reports a container without a log configuration. */
function check({ ctx, x }: ContainerCtx): void {
  if (!has(x.c, 'logConfiguration')) ctx.r.report(noLogConfiguration, x.p, { name: x.name ?? x.p });
}

export default noLogConfiguration;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(ec2Td({}, { logConfiguration: undefined })),
        messageId: 'default',
        path: '/containerDefinitions/0',
        line: 7,
      },
    ],
    pass: [json(ec2Td())],
  };
}
