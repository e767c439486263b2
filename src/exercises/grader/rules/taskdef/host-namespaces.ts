/** Rule taskdef/host-namespaces: No host network mode or pidMode host (Security Hub ECS.17 / ECS.3). */
import { checkedRule, lesson } from '../define.ts';
import { ec2Td, json, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { get, str } from '../../value.ts';
import type { TdCtx } from './context.ts';

const hostNamespaces = checkedRule({
  area: 'taskdef',
  id: 'taskdef/host-namespaces',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'network-modes'),
  summary: {
    ja: 'host ネットワークモードや pidMode host を使わない（Security Hub ECS.17／ECS.3）',
    en: 'No host network mode or pidMode host (Security Hub ECS.17 / ECS.3)',
  },
  messages: {
    default: {
      ja: '{field}: host はホストの名前空間を共有し、コンテナの隔離が弱まります。',
      en: '{field}: host shares the host namespace and weakens container isolation.',
    },
  },
  checks: { taskPractice: check },
});

/** Reports host network mode, and host pid mode outside Fargate. */
function check(ctx: TdCtx): void {
  const { r, td } = ctx;
  if (str(get(td, 'networkMode')) === 'host')
    r.report(hostNamespaces, '/networkMode', { field: 'networkMode' });
  if (!ctx.fargate && str(get(td, 'pidMode')) === 'host')
    r.report(hostNamespaces, '/pidMode', { field: 'pidMode' });
}

export default hostNamespaces;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(ec2Td({ networkMode: 'host' }, { portMappings: [{ containerPort: 80 }] })),
        messageId: 'default',
        path: '/networkMode',
        line: 39,
      },
    ],
    pass: [json(ec2Td())],
  };
}
