/** Rule taskdef/fargate-network-mode: Fargate uses network mode awsvpc. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { NETWORK, TD } from './shared.ts';
import { get, has } from '../../value.ts';
import type { TdCtx } from './context.ts';

const fargateNetworkMode = checkedRule({
  area: 'taskdef',
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
  checks: { network: check },
});

/** Reports a Fargate task definition whose network mode is missing or not awsvpc. */
function check(ctx: TdCtx): void {
  if (!ctx.fargate) return;
  if (
    has(ctx.td, 'networkMode') &&
    typeof get(ctx.td, 'networkMode') === 'string' &&
    ctx.networkMode !== 'awsvpc'
  )
    ctx.r.report(fargateNetworkMode, '/networkMode');
  else if (!has(ctx.td, 'networkMode')) ctx.r.report(fargateNetworkMode, '');
}

export default fargateNetworkMode;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ networkMode: 'bridge' }), messageId: 'default', path: '/networkMode', line: 3 }],
    pass: [td()],
  };
}
