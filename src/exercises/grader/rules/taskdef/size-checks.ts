/**
 * Task size rules: Fargate cpu/memory pairs, container cpu/memory against the task, EC2 memory.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size
 */
import {
  EC2_TASK_CPU_RANGE_FACT,
  FARGATE_CPU_VALUES,
  describeValues,
  fargateSizeProblem,
  parseTaskCpu,
  parseTaskMemory,
  type FargateSizeProblem,
} from '../../../../aws/index.ts';
import { get, has, isIntrinsic, num, ptr, show } from '../../value.ts';
import type { TdCtx } from './context.ts';
import fargateCpuMemoryRequired from './fargate-cpu-memory-required.ts';
import fargateSize from './fargate-size.ts';
import taskCpuFormat from './task-cpu.ts';
import taskMemoryFormat from './task-memory.ts';
import containerCpuSum from './container-cpu-sum.ts';
import containerMemoryExceedsTask from './container-memory.ts';
import ec2MemoryRequired from './container-memory-required.ts';
import memoryReservation from './memory-reservation.ts';
import memoryReservationSum from './memory-reservation-sum.ts';

/** Task-level cpu/memory checks. */
export function checkTaskSize(ctx: TdCtx): void {
  const { td, r } = ctx;
  const cpuRaw = get(td, 'cpu');
  const memRaw = get(td, 'memory');
  const cpu = parseTaskCpu(cpuRaw);
  const memory = parseTaskMemory(memRaw);
  if (cpuRaw !== undefined && cpuRaw !== null && !isIntrinsic(cpuRaw)) {
    const { min, max } = EC2_TASK_CPU_RANGE_FACT.value;
    const inRange = cpu !== undefined && (ctx.fargate ? true : cpu >= min && cpu <= max);
    if (!inRange) r.report(taskCpuFormat, '/cpu', { value: show(cpuRaw) });
  }
  if (memRaw !== undefined && memRaw !== null && !isIntrinsic(memRaw) && memory === undefined) {
    r.report(taskMemoryFormat, '/memory', { value: show(memRaw) });
  }
  if (ctx.fargate) {
    if (!has(td, 'cpu')) r.report(fargateCpuMemoryRequired, '', { field: 'cpu' });
    if (!has(td, 'memory')) r.report(fargateCpuMemoryRequired, '', { field: 'memory' });
    const problem = cpu !== undefined && memory !== undefined ? fargateSizeProblem(cpu, memory) : undefined;
    if (cpu !== undefined && memory !== undefined && problem !== undefined) {
      const unknownCpu = problem.code === 'unknown-cpu';
      const hint = sizeHint(problem);
      r.report(
        fargateSize,
        unknownCpu || !has(td, 'memory') ? '/cpu' : '/memory',
        { cpu, memory, ...hint.params },
        hint.messageId,
      );
    }
  }
  checkContainerSizes(ctx, cpu, memory);
}

/** What to suggest: the cpu values for an unknown cpu, else the memory values of that cpu. */
function sizeHint(problem: FargateSizeProblem): {
  messageId: string;
  params: Readonly<Record<string, string>>;
} {
  if (problem.code !== 'memory')
    return { messageId: 'unknown-cpu', params: { cpuValues: FARGATE_CPU_VALUES.join(', ') } };
  return { messageId: 'default', params: { allowed: describeValues(problem.allowed) } };
}

function checkContainerSizes(ctx: TdCtx, taskCpu: number | undefined, taskMemory: number | undefined): void {
  const { r } = ctx;
  let sum = 0;
  let reservations = 0;
  for (const { c, p, name } of ctx.containers) {
    sum += num(get(c, 'cpu')) ?? 0;
    const mem = num(get(c, 'memory'));
    const res = num(get(c, 'memoryReservation'));
    const label = name ?? p;
    if (taskMemory !== undefined && mem !== undefined && mem > taskMemory) {
      r.report(containerMemoryExceedsTask, ptr(p, 'memory'), { name: label, memory: mem, task: taskMemory });
    }
    // Equal values register and run; only a hard limit below the reservation is refused.
    if (mem !== undefined && res !== undefined && mem < res) {
      r.report(memoryReservation, ptr(p, 'memory'), { name: label, memory: mem, reservation: res });
    }
    reservations += res ?? 0;
    const hasTaskMemory = has(ctx.td, 'memory');
    if (
      ctx.notFargate &&
      !ctx.partial &&
      !hasTaskMemory &&
      !has(c, 'memory') &&
      !has(c, 'memoryReservation')
    ) {
      r.report(ec2MemoryRequired, p, { name: label });
    }
  }
  if (taskCpu !== undefined && sum > taskCpu)
    r.report(containerCpuSum, '/containerDefinitions', { sum, cpu: taskCpu });
  if (taskMemory !== undefined && reservations > taskMemory)
    r.report(memoryReservationSum, '/containerDefinitions', { sum: reservations, task: taskMemory });
}
