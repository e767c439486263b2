/** Rule service/grace-period-without-lb: A health check grace period goes with a load balancer or health checks. */
import { checkedRule, lesson } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { SVC } from './shared.ts';
import { arr, get, num } from '../../value.ts';
import type { ServiceCtx } from './context.ts';

const gracePeriodWithoutLb = checkedRule({
  area: 'service',
  id: 'service/grace-period-without-lb',
  kinds: SVC,
  severity: 'info',
  lesson: lesson('05-deployments', 'grace-period'),
  summary: {
    ja: 'ヘルスチェック猶予期間はロードバランサーかヘルスチェックと一緒に使う',
    en: 'A health check grace period goes with a load balancer or health checks',
  },
  messages: {
    default: {
      ja: 'healthCheckGracePeriodSeconds はロードバランサーやヘルスチェックがないと効果がありません。',
      en: 'healthCheckGracePeriodSeconds has no effect without a load balancer or health checks.',
    },
  },
  checks: { network: check },
});

/** Reports a health check grace period on a service without load balancers. */
function check({ svc, r }: ServiceCtx): void {
  if (
    (num(get(svc, 'healthCheckGracePeriodSeconds')) ?? 0) > 0 &&
    arr(get(svc, 'loadBalancers')).length === 0
  )
    r.report(gracePeriodWithoutLb, '/healthCheckGracePeriodSeconds');
}

export default gracePeriodWithoutLb;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({ healthCheckGracePeriodSeconds: 60 }),
        messageId: 'default',
        path: '/healthCheckGracePeriodSeconds',
        line: 26,
      },
    ],
    pass: [svc()],
  };
}
