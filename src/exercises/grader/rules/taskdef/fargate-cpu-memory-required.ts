/** Rule taskdef/fargate-cpu-memory-required: Fargate needs task-level cpu and memory. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { SIZES, TD } from './shared.ts';
import { has } from '../../value.ts';
import type { TdCtx } from './context.ts';

const fargateCpuMemoryRequired = checkedRule({
  area: 'taskdef',
  id: 'taskdef/fargate-cpu-memory-required',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'Fargate ではタスクレベルの cpu と memory が必須',
    en: 'Fargate needs task-level cpu and memory',
  },
  messages: {
    default: {
      ja: "Fargate ではタスクレベルの {field} が必須です（AWS: Fargate requires that '{field}' be defined at the task level.）",
      en: "Fargate requires that '{field}' be defined at the task level.",
    },
  },
  checks: { size: check },
});

/** Reports a Fargate task definition without task-level cpu or memory. */
function check(ctx: TdCtx): void {
  if (!ctx.fargate) return;
  if (!has(ctx.td, 'cpu')) ctx.r.report(fargateCpuMemoryRequired, '', { field: 'cpu' });
  if (!has(ctx.td, 'memory')) ctx.r.report(fargateCpuMemoryRequired, '', { field: 'memory' });
}

export default fargateCpuMemoryRequired;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ memory: undefined }), messageId: 'default', path: '', line: 1 }],
    pass: [td()],
  };
}
