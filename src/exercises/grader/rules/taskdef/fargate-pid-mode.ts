/** Rule taskdef/fargate-pid-mode: On Fargate pidMode may only be task. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { FARGATE, TD } from './shared.ts';
import { get, str } from '../../value.ts';
import type { TdCtx } from './context.ts';

const fargatePidMode = checkedRule({
  area: 'taskdef',
  id: 'taskdef/fargate-pid-mode',
  kinds: TD,
  severity: 'error',
  lesson: FARGATE,
  summary: { ja: 'Fargate の pidMode は task のみ', en: 'On Fargate pidMode may only be task' },
  messages: {
    default: {
      ja: 'Fargate では pidMode に host を使えません（task のみ）。',
      en: 'Fargate allows pidMode task only, not host.',
    },
  },
  aws: {
    quote: 'On Fargate for Linux containers, the only valid value is task.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
  },
  checks: { fargate: check },
});

/** Reports pidMode host on Fargate. */
function check(ctx: TdCtx): void {
  if (ctx.fargate && str(get(ctx.td, 'pidMode')) === 'host') ctx.r.report(fargatePidMode, '/pidMode');
}

export default fargatePidMode;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ pidMode: 'host' }), messageId: 'default', path: '/pidMode', line: 44 }],
    pass: [td({ pidMode: 'task' })],
  };
}
