/** Rule taskdef/container-cpu-sum: Container cpu values add up to no more than the task cpu. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { SIZES, TD } from './shared.ts';
import { get, num } from '../../value.ts';
import type { TdCtx } from './context.ts';

const containerCpuSum = checkedRule({
  area: 'taskdef',
  id: 'taskdef/container-cpu-sum',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'コンテナの cpu の合計がタスクの cpu 以下',
    en: 'Container cpu values add up to no more than the task cpu',
  },
  messages: {
    default: {
      ja: "コンテナの cpu の合計 {sum} がタスクの cpu {cpu} を超えています（AWS: The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.）",
      en: "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'. ({sum} > {cpu})",
    },
  },
  checks: { sizeSums: check },
});

/** Reports container cpu units that add up to more than the task cpu. */
function check(ctx: TdCtx): void {
  const taskCpu = ctx.cpu;
  const sum = ctx.containers.reduce((s, x) => s + (num(get(x.c, 'cpu')) ?? 0), 0);
  if (taskCpu !== undefined && sum > taskCpu)
    ctx.r.report(containerCpuSum, '/containerDefinitions', { sum, cpu: taskCpu });
}

export default containerCpuSum;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({}, { cpu: 512 }), messageId: 'default', path: '/containerDefinitions', line: 11 }],
    pass: [td({}, { cpu: 256 })],
  };
}
