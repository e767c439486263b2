/** Rule taskdef/fargate-size: Fargate cpu and memory are a valid pair ("1 vCPU" and "2 GB" forms accepted). */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { SIZES, TD } from './shared.ts';
import {
  FARGATE_CPU_VALUES,
  describeValues,
  fargateSizeProblem,
  type FargateSizeProblem,
} from '../../../../aws/index.ts';
import { has } from '../../value.ts';
import type { TdCtx } from './context.ts';

const fargateSize = checkedRule({
  area: 'taskdef',
  id: 'taskdef/fargate-size',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'Fargate の cpu と memory が有効な組み合わせであること（"1 vCPU"、"2 GB" の形も可）',
    en: 'Fargate cpu and memory are a valid pair ("1 vCPU" and "2 GB" forms accepted)',
  },
  messages: {
    default: {
      ja: 'cpu {cpu} とメモリ {memory} MiB の Fargate 構成はありません。cpu {cpu} で使えるメモリ: {allowed}（AWS: No Fargate configuration exists for given values: {cpu} CPU, {memory} memory.）',
      en: 'No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. See the Amazon ECS documentation for the valid values. (cpu {cpu} allows memory {allowed})',
    },
    'unknown-cpu': {
      ja: 'cpu {cpu} とメモリ {memory} MiB の Fargate 構成はありません。cpu {cpu} は Fargate の cpu の値ではありません。Fargate の cpu は {cpuValues} のいずれかです（AWS: No Fargate configuration exists for given values: {cpu} CPU, {memory} memory.）',
      en: 'No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. See the Amazon ECS documentation for the valid values. (cpu {cpu} is not a Fargate cpu value; Fargate cpu values are {cpuValues})',
    },
  },
  checks: { size: check },
});

/** What to suggest: the cpu values for an unknown cpu, else the memory values of that cpu. */
function sizeHint(problem: FargateSizeProblem): {
  messageId: string;
  params: Readonly<Record<string, string>>;
} {
  if (problem.code !== 'memory')
    return { messageId: 'unknown-cpu', params: { cpuValues: FARGATE_CPU_VALUES.join(', ') } };
  return { messageId: 'default', params: { allowed: describeValues(problem.allowed) } };
}

/** Reports a Fargate task whose parsed cpu and memory are not a supported pair. */
function check(ctx: TdCtx): void {
  const { cpu, memory } = ctx;
  if (!ctx.fargate || cpu === undefined || memory === undefined) return;
  const problem = fargateSizeProblem(cpu, memory);
  if (problem === undefined) return;
  const unknownCpu = problem.code === 'unknown-cpu';
  const hint = sizeHint(problem);
  ctx.r.report(
    fargateSize,
    unknownCpu || !has(ctx.td, 'memory') ? '/cpu' : '/memory',
    { cpu, memory, ...hint.params },
    hint.messageId,
  );
}

export default fargateSize;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ cpu: '1024', memory: '1024' }), messageId: 'default', path: '/memory', line: 8 }],
    pass: [td({ cpu: '1 vCPU', memory: '2 GB' })],
  };
}
