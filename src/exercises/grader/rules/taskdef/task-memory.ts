/** Rule taskdef/task-memory: Task memory is like "512" or "2 GB". */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { SIZES, TD } from './shared.ts';
import { parseTaskMemory } from '../../../../aws/index.ts';
import { get, isIntrinsic, show } from '../../value.ts';
import type { TdCtx } from './context.ts';

const taskMemoryFormat = checkedRule({
  area: 'taskdef',
  id: 'taskdef/task-memory',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  summary: {
    ja: 'タスクの memory が "512" や "2 GB" の形であること',
    en: 'Task memory is like "512" or "2 GB"',
  },
  messages: {
    default: {
      ja: 'タスクの memory "{value}" は不正です。MiB の整数（"512"）か "2 GB" の形で書きます。',
      en: 'Task memory "{value}" is not valid. Write MiB as an integer string ("512") or GB ("2 GB").',
    },
  },
  checks: { size: check },
});

/** Reports a task memory that is not a number of MiB or GB. */
function check(ctx: TdCtx): void {
  const memRaw = get(ctx.td, 'memory');
  if (
    memRaw !== undefined &&
    memRaw !== null &&
    !isIntrinsic(memRaw) &&
    parseTaskMemory(memRaw) === undefined
  )
    ctx.r.report(taskMemoryFormat, '/memory', { value: show(memRaw) });
}

export default taskMemoryFormat;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ memory: '512MB' }), messageId: 'default', path: '/memory', line: 8 }],
    pass: [td({ memory: '0.5GB' })],
  };
}
