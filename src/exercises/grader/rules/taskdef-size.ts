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
} from '../../../aws/index.ts';
import { get, has, isIntrinsic, num, ptr, show } from '../value.ts';
import { FIRST_ERROR_NOTE, lesson, rule } from './define.ts';
import type { TdCtx } from './taskdef-context.ts';

const SIZES = lesson('02-task-definitions', 'fargate-sizes');
const TD = ['taskdef', 'cfn'] as const;

export const fargateCpuMemoryRequired = rule({
  id: 'taskdef/fargate-cpu-memory-required',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'Fargate ではタスクレベルの cpu と memory が必須',
    en: 'Fargate needs task-level cpu and memory',
  },
  message: {
    ja: "Fargate ではタスクレベルの {field} が必須です（AWS: Fargate requires that '{field}' be defined at the task level.）",
    en: "Fargate requires that '{field}' be defined at the task level.",
  },
});

export const fargateSize = rule({
  id: 'taskdef/fargate-size',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'Fargate の cpu と memory が有効な組み合わせであること（"1 vCPU"、"2 GB" の形も可）',
    en: 'Fargate cpu and memory are a valid pair ("1 vCPU" and "2 GB" forms accepted)',
  },
  message: {
    ja: 'cpu {cpu} とメモリ {memory} MiB の Fargate 構成はありません。{hintJa}（AWS: No Fargate configuration exists for given values: {cpu} CPU, {memory} memory.）',
    en: 'No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. See the Amazon ECS documentation for the valid values. ({hint})',
  },
});

export const taskCpuFormat = rule({
  id: 'taskdef/task-cpu',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'タスクの cpu が "256" や "1 vCPU" の形で、範囲内（EC2 は 128〜196608）であること',
    en: 'Task cpu is like "256" or "1 vCPU" and in range (128–196,608 on EC2)',
  },
  message: {
    ja: 'タスクの cpu "{value}" は不正です（AWS: Invalid \'cpu\' setting for task.）',
    en: 'Invalid \'cpu\' setting for task. (got "{value}")',
  },
});

export const taskMemoryFormat = rule({
  id: 'taskdef/task-memory',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  summary: {
    ja: 'タスクの memory が "512" や "2 GB" の形であること',
    en: 'Task memory is like "512" or "2 GB"',
  },
  message: {
    ja: 'タスクの memory "{value}" は不正です。MiB の整数（"512"）か "2 GB" の形で書きます。',
    en: 'Task memory "{value}" is not valid. Write MiB as an integer string ("512") or GB ("2 GB").',
  },
});

export const containerCpuSum = rule({
  id: 'taskdef/container-cpu-sum',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'コンテナの cpu の合計がタスクの cpu 以下',
    en: 'Container cpu values add up to no more than the task cpu',
  },
  message: {
    ja: "コンテナの cpu の合計 {sum} がタスクの cpu {cpu} を超えています（AWS: The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.）",
    en: "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'. ({sum} > {cpu})",
  },
});

export const containerMemoryExceedsTask = rule({
  id: 'taskdef/container-memory',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: '各コンテナの memory がタスクの memory 以下',
    en: "Each container's memory is no more than the task memory",
  },
  message: {
    ja: "コンテナ \"{name}\" の memory {memory} がタスクの memory {task} を超えています（AWS: The 'memory' setting for container '{name}' is greater than for the task.）",
    en: "The 'memory' setting for container '{name}' is greater than for the task. ({memory} > {task})",
  },
  note: FIRST_ERROR_NOTE,
});

export const ec2MemoryRequired = rule({
  id: 'taskdef/container-memory-required',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'task-definition-structure'),
  quotesAws: true,
  summary: {
    ja: 'タスクの memory がないとき、各コンテナに memory か memoryReservation がある',
    en: 'Without task memory, every container sets memory or memoryReservation',
  },
  message: {
    ja: "タスクの memory がないため、コンテナ \"{name}\" には memory か memoryReservation が必要です（AWS: Invalid setting for container '{name}'. At least one of 'memory' or 'memoryReservation' must be specified.）",
    en: "Invalid setting for container '{name}'. At least one of 'memory' or 'memoryReservation' must be specified.",
  },
  note: FIRST_ERROR_NOTE,
  aws: {
    quote:
      'If a task-level memory value is not specified, you must specify a non-zero integer for one or both of memory or memoryReservation in a container definition.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  },
});

export const memoryReservation = rule({
  id: 'taskdef/memory-reservation',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'task-definition-structure'),
  summary: {
    ja: 'memory（ハード上限）は memoryReservation（ソフト上限）以上（同じ値は可）',
    en: 'memory (hard limit) is at least memoryReservation (soft limit); equal values are fine',
  },
  message: {
    ja: 'コンテナ "{name}" の memory {memory} が memoryReservation {reservation} より小さくなっています。memory は memoryReservation 以上にします。',
    en: 'Container "{name}": memory {memory} is less than memoryReservation {reservation}; memory must be greater than or equal to it.',
  },
  aws: {
    // The API reference says "greater than"; AWS's sizing guidance and registration accept equal
    // values (ecs-facts §0, aws/amazon-ecs-cli#570). We follow what AWS accepts.
    quote: '… must be greater than or equal to any reservations.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/',
  },
});

export const memoryReservationSum = rule({
  id: 'taskdef/memory-reservation-sum',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'コンテナの memoryReservation の合計がタスクの memory 以下',
    en: "Containers' memoryReservation values add up to no more than the task memory",
  },
  message: {
    ja: "コンテナの memoryReservation の合計 {sum} MiB がタスクの memory {task} MiB を超えています（AWS: The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.）",
    en: "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'. ({sum} > {task})",
  },
  aws: {
    quote:
      "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
  },
});

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
      r.report(fargateSize, unknownCpu || !has(td, 'memory') ? '/cpu' : '/memory', {
        cpu,
        memory,
        ...sizeHint(cpu, problem),
      });
    }
  }
  checkContainerSizes(ctx, cpu, memory);
}

/** What to suggest: the cpu values for an unknown cpu, else the memory values of that cpu. */
function sizeHint(cpu: number, problem: FargateSizeProblem): { hint: string; hintJa: string } {
  if (problem.code !== 'memory') {
    const list = FARGATE_CPU_VALUES.join(', ');
    return {
      hint: `cpu ${cpu} is not a Fargate cpu value; Fargate cpu values are ${list}`,
      hintJa: `cpu ${cpu} は Fargate の cpu の値ではありません。Fargate の cpu は ${list} のいずれかです`,
    };
  }
  const memory = describeValues(problem.allowed);
  return { hint: `cpu ${cpu} allows memory ${memory}`, hintJa: `cpu ${cpu} で使えるメモリ: ${memory}` };
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

export const TASK_SIZE_RULES = [
  fargateCpuMemoryRequired,
  fargateSize,
  taskCpuFormat,
  taskMemoryFormat,
  containerCpuSum,
  containerMemoryExceedsTask,
  ec2MemoryRequired,
  memoryReservation,
  memoryReservationSum,
];
