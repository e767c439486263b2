/** Rule taskdef/privileged: No privileged containers (Security Hub ECS.4). */
import { checkedRule } from '../define.ts';
import { ec2Td, json, type RuleExamples } from '../example-docs.ts';
import { ANTI, TD } from './shared.ts';
import { bool, get, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const privileged = checkedRule({
  area: 'taskdef',
  id: 'taskdef/privileged',
  kinds: TD,
  severity: 'warning',
  lesson: ANTI,
  summary: {
    ja: 'privileged を使わない（Security Hub ECS.4）',
    en: 'No privileged containers (Security Hub ECS.4)',
  },
  messages: {
    default: {
      ja: 'コンテナ "{name}" は privileged です。ホストの root とほぼ同じ権限になります。',
      en: 'Container "{name}" is privileged: it gets almost the same power as root on the host.',
    },
  },
  checks: { practice: check },
});

/** Reports a privileged container (outside Fargate, which refuses it as an error). */
function check({ ctx, x }: ContainerCtx): void {
  if (!ctx.fargate && bool(get(x.c, 'privileged')) === true)
    ctx.r.report(privileged, ptr(x.p, 'privileged'), { name: x.name ?? x.p });
}

export default privileged;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(ec2Td({}, { privileged: true })),
        messageId: 'default',
        path: '/containerDefinitions/0/privileged',
        line: 38,
      },
    ],
    pass: [json(ec2Td())],
  };
}
