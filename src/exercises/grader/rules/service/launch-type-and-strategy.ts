/** Rule service/launch-type-and-strategy: launchType and capacityProviderStrategy are not both set. */
import { checkedRule } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { STRATEGY, SVC_TASK } from './shared.ts';
import { arr, get, has } from '../../value.ts';
import type { ServiceCtx } from './context.ts';

const launchTypeAndStrategy = checkedRule({
  area: 'service',
  id: 'service/launch-type-and-strategy',
  kinds: SVC_TASK,
  severity: 'error',
  lesson: STRATEGY,
  summary: {
    ja: 'launchType と capacityProviderStrategy を同時に指定しない',
    en: 'launchType and capacityProviderStrategy are not both set',
  },
  messages: {
    default: {
      ja: 'launchType と capacityProviderStrategy は同時に指定できません。どちらか一方にします。',
      en: 'launchType and capacityProviderStrategy are mutually exclusive; keep one.',
    },
  },
  aws: {
    quote: 'If a capacityProviderStrategy is specified, the launchType parameter must be omitted.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  },
  checks: { launch: check },
});

/** Reports a service or run-task input that sets both launchType and a non-empty strategy. */
function check({ svc, r }: ServiceCtx): void {
  if (has(svc, 'launchType') && arr(get(svc, 'capacityProviderStrategy')).length > 0)
    r.report(launchTypeAndStrategy, '/capacityProviderStrategy');
}

export default launchTypeAndStrategy;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({ capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] }),
        messageId: 'default',
        path: '/capacityProviderStrategy',
        line: 26,
      },
    ],
    pass: [svc()],
  };
}
