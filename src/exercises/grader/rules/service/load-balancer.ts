/** Rule service/load-balancer: Each loadBalancers item has containerName, containerPort and exactly one of targetGroupArn or loadBalancerName. */
import { checkedRule, lesson } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { SVC } from './shared.ts';
import { arr, get, has, ptr } from '../../value.ts';
import type { ServiceCtx } from './context.ts';

const loadBalancerShape = checkedRule({
  area: 'service',
  id: 'service/load-balancer',
  kinds: SVC,
  severity: 'error',
  lesson: lesson('06-alb', 'target-type-ip'),
  summary: {
    ja: 'loadBalancers の各項目に containerName と containerPort、targetGroupArn か loadBalancerName のどちらか一方がある',
    en: 'Each loadBalancers item has containerName, containerPort and exactly one of targetGroupArn or loadBalancerName',
  },
  messages: {
    default: {
      ja: 'loadBalancers の項目が不完全です: {missingJa} がありません',
      en: 'Incomplete loadBalancers item: missing {missing}',
    },
    target: {
      ja: 'loadBalancers の項目が不完全です: targetGroupArn と loadBalancerName のどちらか一方を指定します',
      en: 'Incomplete loadBalancers item: exactly one of targetGroupArn or loadBalancerName',
    },
    'missing-and-target': {
      ja: 'loadBalancers の項目が不完全です: {missingJa} がありません。targetGroupArn と loadBalancerName のどちらか一方を指定します',
      en: 'Incomplete loadBalancers item: missing {missing}; exactly one of targetGroupArn or loadBalancerName',
    },
  },
  checks: { network: check },
});

/** Reports each load balancer entry without a container name and port, or without exactly one of target group and load balancer name. */
function check({ svc, r }: ServiceCtx): void {
  arr(get(svc, 'loadBalancers')).forEach((lb, i) => {
    const missing: string[] = [];
    if (!has(lb, 'containerName')) missing.push('containerName');
    if (!has(lb, 'containerPort')) missing.push('containerPort');
    const both = has(lb, 'targetGroupArn') === has(lb, 'loadBalancerName');
    if (missing.length > 0 || both) {
      const messageId = missing.length === 0 ? 'target' : both ? 'missing-and-target' : 'default';
      const params = missing.length > 0 ? { missing: missing.join(', '), missingJa: missing.join('・') } : {};
      r.report(loadBalancerShape, ptr('/loadBalancers', i), params, messageId);
    }
  });
}

export default loadBalancerShape;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({
          loadBalancers: [
            {
              targetGroupArn:
                'arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web/0123456789abcdef',
              containerName: 'app',
            },
          ],
        }),
        messageId: 'default',
        path: '/loadBalancers/0',
        line: 27,
      },
    ],
    pass: [
      svc({
        loadBalancers: [
          {
            targetGroupArn:
              'arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web/0123456789abcdef',
            containerName: 'app',
            containerPort: 80,
          },
        ],
      }),
    ],
  };
}
