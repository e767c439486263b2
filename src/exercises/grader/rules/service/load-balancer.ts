/** Rule service/load-balancer: Each loadBalancers item has containerName, containerPort and exactly one of targetGroupArn or loadBalancerName. */
import { lesson, rule } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { SVC } from './shared.ts';

export default rule({
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
});

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
