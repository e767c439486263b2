/** Rule taskdef/size-limit: The task definition is at most 64 KiB. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ECS_QUOTAS } from '../../../../aws/index.ts';
import type { TdCtx } from './context.ts';

const sizeLimit = checkedRule({
  area: 'taskdef',
  id: 'taskdef/size-limit',
  kinds: ['taskdef'],
  severity: 'error',
  lesson: lesson('02-task-definitions', 'limits'),
  summary: { ja: 'タスク定義が 64 KiB 以内', en: 'The task definition is at most 64 KiB' },
  messages: {
    default: {
      ja: 'タスク定義が {size} バイトあり、上限の 64 KiB（65,536 バイト）を超えています。',
      en: 'The task definition is {size} bytes, over the 64 KiB (65,536 bytes) limit.',
    },
  },
  checks: { request: check },
});

/** Reports a task definition whose JSON is larger than the RegisterTaskDefinition size quota. */
function check(ctx: TdCtx): void {
  const bytes = new TextEncoder().encode(JSON.stringify(ctx.td)).length;
  if (bytes > ECS_QUOTAS.taskDefinitionBytes) ctx.r.report(sizeLimit, '', { size: bytes });
}

export default sizeLimit;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({}, { command: ['x'.repeat(70_000)] }), messageId: 'default', path: '', line: 1 }],
    pass: [td()],
  };
}
