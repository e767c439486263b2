/** Rule service/fargate-limits: Fargate services use no placement constraints, placement strategy or DAEMON. */
import { checkedRule, lesson } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { SVC_TASK } from './shared.ts';
import { providerKind } from '../../../../aws/index.ts';
import { arr, get, str } from '../../value.ts';
import type { ServiceCtx } from './context.ts';

const fargateServiceLimits = checkedRule({
  area: 'service',
  id: 'service/fargate-limits',
  kinds: SVC_TASK,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'fargate-restrictions'),
  quotesAws: true,
  summary: {
    ja: 'Fargate のサービスで配置制約・配置戦略・DAEMON を使わない',
    en: 'Fargate services use no placement constraints, placement strategy or DAEMON',
  },
  messages: {
    default: {
      ja: 'Fargate では配置制約を使えません（AWS: Placement constraints are not supported with FARGATE launch type.）',
      en: 'Placement constraints are not supported with FARGATE launch type.',
    },
    'placement-strategy': {
      ja: '配置戦略は EC2 用で、Fargate では使えません。',
      en: 'Placement strategies are for EC2; Fargate does not support them.',
    },
    daemon: {
      ja: 'Fargate では DAEMON スケジューリングを使えません。REPLICA にします。',
      en: 'The DAEMON scheduling strategy is not supported on Fargate; use REPLICA.',
    },
  },
  checks: { network: check },
});

const isFargateProvider = (n: string): boolean => providerKind(n) === 'FARGATE';

/** Reports placement constraints, placement strategies and DAEMON scheduling on Fargate. */
function check({ svc, r }: ServiceCtx): void {
  const fargate =
    str(get(svc, 'launchType')) === 'FARGATE' ||
    arr(get(svc, 'capacityProviderStrategy')).some((it) =>
      isFargateProvider(str(get(it, 'capacityProvider')) ?? ''),
    );
  if (!fargate) return;
  if (arr(get(svc, 'placementConstraints')).length > 0)
    r.report(fargateServiceLimits, '/placementConstraints');
  if (arr(get(svc, 'placementStrategy')).length > 0)
    r.report(fargateServiceLimits, '/placementStrategy', {}, 'placement-strategy');
  if (str(get(svc, 'schedulingStrategy')) === 'DAEMON')
    r.report(fargateServiceLimits, '/schedulingStrategy', {}, 'daemon');
}

export default fargateServiceLimits;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({ placementConstraints: [{ type: 'distinctInstance' }] }),
        messageId: 'default',
        path: '/placementConstraints',
        line: 26,
      },
    ],
    pass: [svc()],
  };
}
