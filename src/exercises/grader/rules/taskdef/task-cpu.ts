/** Rule taskdef/task-cpu: Task cpu is like "256" or "1 vCPU" and in range (128–196,608 on EC2). */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { SIZES, TD } from './shared.ts';
import { EC2_TASK_CPU_RANGE_FACT, parseTaskCpu } from '../../../../aws/index.ts';
import { get, isIntrinsic, show } from '../../value.ts';
import type { TdCtx } from './context.ts';

const taskCpuFormat = checkedRule({
  area: 'taskdef',
  id: 'taskdef/task-cpu',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'タスクの cpu が "256" や "1 vCPU" の形で、範囲内（EC2 は 128〜196608）であること',
    en: 'Task cpu is like "256" or "1 vCPU" and in range (128–196,608 on EC2)',
  },
  messages: {
    default: {
      ja: 'タスクの cpu "{value}" は不正です（AWS: Invalid \'cpu\' setting for task.）',
      en: 'Invalid \'cpu\' setting for task. (got "{value}")',
    },
  },
  checks: { size: check },
});

/** Reports a task cpu that is not a number of units or vCPUs (on EC2 also outside the allowed range). */
function check(ctx: TdCtx): void {
  const cpuRaw = get(ctx.td, 'cpu');
  if (cpuRaw === undefined || cpuRaw === null || isIntrinsic(cpuRaw)) return;
  const cpu = parseTaskCpu(cpuRaw);
  const { min, max } = EC2_TASK_CPU_RANGE_FACT.value;
  const inRange = cpu !== undefined && (ctx.fargate ? true : cpu >= min && cpu <= max);
  if (!inRange) ctx.r.report(taskCpuFormat, '/cpu', { value: show(cpuRaw) });
}

export default taskCpuFormat;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ cpu: 'quarter' }), messageId: 'default', path: '/cpu', line: 7 }],
    pass: [td({ cpu: '.25 vCPU' })],
  };
}
