/** Rule taskdef/fargate-network-mode: Fargate uses network mode awsvpc. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { NETWORK, TD } from './shared.ts';

export default rule({
  id: 'taskdef/fargate-network-mode',
  kinds: TD,
  severity: 'error',
  lesson: NETWORK,
  quotesAws: true,
  summary: { ja: 'Fargate のネットワークモードは awsvpc', en: 'Fargate uses network mode awsvpc' },
  messages: {
    default: {
      ja: "Fargate では networkMode を awsvpc にします（AWS: Fargate only supports network mode 'awsvpc'.）",
      en: "Fargate only supports network mode 'awsvpc'.",
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ networkMode: 'bridge' }), messageId: 'default', path: '/networkMode', line: 3 }],
    pass: [td()],
  };
}
