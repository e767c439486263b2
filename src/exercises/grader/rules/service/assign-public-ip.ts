/** Rule service/assign-public-ip: assignPublicIp is not ENABLED (Security Hub ECS.2). */
import { checkedRule, lesson } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { get, str } from '../../value.ts';
import type { ServiceCtx } from './context.ts';

const assignPublicIp = checkedRule({
  area: 'service',
  id: 'service/assign-public-ip',
  kinds: ['service', 'run-task', 'network-configuration', 'cfn'],
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'network-modes'),
  summary: {
    ja: 'assignPublicIp を ENABLED にしない（Security Hub ECS.2）',
    en: 'assignPublicIp is not ENABLED (Security Hub ECS.2)',
  },
  messages: {
    default: {
      ja: 'assignPublicIp: ENABLED だとタスクがインターネットから直接見えます。プライベートサブネットと NAT ゲートウェイまたは VPC エンドポイントを使ってください。',
      en: 'assignPublicIp ENABLED exposes tasks directly to the internet. Use private subnets with a NAT gateway or VPC endpoints.',
    },
  },
  checks: { network: check },
});

/** Reports assignPublicIp ENABLED in the awsvpc configuration. */
function check({ svc, r }: ServiceCtx): void {
  const aw = get(get(svc, 'networkConfiguration'), 'awsvpcConfiguration');
  if (str(get(aw, 'assignPublicIp')) === 'ENABLED')
    r.report(assignPublicIp, '/networkConfiguration/awsvpcConfiguration/assignPublicIp');
}

export default assignPublicIp;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({
          networkConfiguration: {
            awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], assignPublicIp: 'ENABLED' },
          },
        }),
        messageId: 'default',
        path: '/networkConfiguration/awsvpcConfiguration/assignPublicIp',
        line: 12,
      },
    ],
    pass: [svc()],
  };
}
