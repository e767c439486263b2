/** Rule service/launch-type-and-strategy: launchType and capacityProviderStrategy are not both set. */
import { rule } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { STRATEGY, SVC_TASK } from './shared.ts';

export default rule({
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
});

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
