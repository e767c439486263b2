/** Rule taskdef/fargate-capabilities: On Fargate only SYS_PTRACE may be added as a Linux capability. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { FARGATE, TD } from './shared.ts';
import { arr, get, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const fargateCapabilities = checkedRule({
  area: 'taskdef',
  id: 'taskdef/fargate-capabilities',
  kinds: TD,
  severity: 'error',
  lesson: FARGATE,
  summary: {
    ja: 'Fargate で追加できる Linux ケーパビリティは SYS_PTRACE のみ',
    en: 'On Fargate only SYS_PTRACE may be added as a Linux capability',
  },
  messages: {
    default: {
      ja: 'Fargate で追加できるケーパビリティは SYS_PTRACE だけです（"{cap}" は不可）。',
      en: 'Fargate can add only the SYS_PTRACE capability, not "{cap}".',
    },
  },
  aws: {
    quote: 'Tasks launched on Fargate only support adding the SYS_PTRACE kernel capability.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html',
  },
  checks: { fargateContainer: check },
});

/** Reports each added Linux capability other than SYS_PTRACE on Fargate. */
function check({ ctx, x }: ContainerCtx): void {
  if (!ctx.fargate) return;
  arr(get(get(get(x.c, 'linuxParameters'), 'capabilities'), 'add')).forEach((cap, j) => {
    if (typeof cap === 'string' && cap !== 'SYS_PTRACE')
      ctx.r.report(fargateCapabilities, ptr(x.p, 'linuxParameters', 'capabilities', 'add', j), { cap });
  });
}

export default fargateCapabilities;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { linuxParameters: { capabilities: { add: ['NET_ADMIN'] } } }),
        messageId: 'default',
        path: '/containerDefinitions/0/linuxParameters/capabilities/add/0',
        line: 45,
      },
    ],
    pass: [td({}, { linuxParameters: { capabilities: { add: ['SYS_PTRACE'], drop: ['ALL'] } } })],
  };
}
