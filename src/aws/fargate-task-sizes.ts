/**
 * Fargate task sizes: the valid task-level cpu/memory pairs, which of them Windows can use, the
 * string forms the API accepts, the EC2 cpu range and Fargate ephemeral storage.
 */
import { fact } from './fact.ts';

/** Operating system family of a Fargate task, as far as task sizes are concerned. */
export type FargateOs = 'LINUX' | 'WINDOWS';

/** One Fargate cpu value with the memory values (MiB) allowed with it. */
export interface FargateCpuSize {
  /** Task cpu in units (1024 = 1 vCPU). */
  readonly cpu: number;
  /** Memory values in MiB, ascending. */
  readonly memory: readonly number[];
  /** True when Windows tasks can use this cpu value. */
  readonly windows: boolean;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

const TASK_SIZE_PAGE =
  'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size';

/**
 * The Fargate task size table, 0.25 to 32 vCPU. The 32 vCPU row (memory exactly 60, 120 or
 * 244 GB, Linux only) was added in 2026; cfn-lint, AWS's CloudFormation linter, encodes it since
 * PR 4668, citing the task size table.
 */
export const FARGATE_TASK_SIZES_FACT = /* @__PURE__ */ fact<readonly FargateCpuSize[]>({
  id: 'fargate-task-sizes',
  sources: [
    TASK_SIZE_PAGE,
    'https://github.com/aws-cloudformation/cfn-lint/pull/4668',
    'https://github.com/pulumi/pulumi-awsx/pull/2053',
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: [
    { cpu: 256, memory: [512, 1024, 2048], windows: false },
    { cpu: 512, memory: range(1024, 4096, 1024), windows: false },
    { cpu: 1024, memory: range(2048, 8192, 1024), windows: true },
    { cpu: 2048, memory: range(4096, 16384, 1024), windows: true },
    { cpu: 4096, memory: range(8192, 30720, 1024), windows: true },
    { cpu: 8192, memory: range(16384, 61440, 4096), windows: false },
    { cpu: 16384, memory: range(32768, 122880, 8192), windows: false },
    { cpu: 32768, memory: [61440, 122880, 249856], windows: false },
  ],
});

/** The Fargate task size table (see {@link FARGATE_TASK_SIZES_FACT}). */
export const FARGATE_TASK_SIZES: readonly FargateCpuSize[] = FARGATE_TASK_SIZES_FACT.value;

/** Every Fargate task cpu value, ascending. */
export const FARGATE_CPU_VALUES: readonly number[] = FARGATE_TASK_SIZES.map((s) => s.cpu);

/** The table row of a cpu value, or undefined when Fargate has no such cpu. */
export function fargateCpuSize(cpu: number): FargateCpuSize | undefined {
  return FARGATE_TASK_SIZES.find((s) => s.cpu === cpu);
}

/** Why a cpu/memory pair is not a Fargate task size. */
export type FargateSizeProblem =
  | { readonly code: 'unknown-cpu' }
  | { readonly code: 'memory'; readonly allowed: readonly number[] }
  | { readonly code: 'windows-cpu' };

/** The problem with a Fargate cpu/memory pair for an OS, or undefined when the pair is valid. */
export function fargateSizeProblem(
  cpu: number,
  memory: number,
  os: FargateOs = 'LINUX',
): FargateSizeProblem | undefined {
  const size = fargateCpuSize(cpu);
  if (size === undefined) return { code: 'unknown-cpu' };
  if (os === 'WINDOWS' && !size.windows) return { code: 'windows-cpu' };
  if (!size.memory.includes(memory)) return { code: 'memory', allowed: size.memory };
  return undefined;
}

/** True when cpu/memory is a valid Fargate task size for the OS. */
export function isFargateSize(cpu: number, memory: number, os: FargateOs = 'LINUX'): boolean {
  return fargateSizeProblem(cpu, memory, os) === undefined;
}

/** Every valid [cpu, memory] pair for an OS, in table order (for menus and property tests). */
export function fargateSizePairs(os: FargateOs = 'LINUX'): [number, number][] {
  return FARGATE_TASK_SIZES.filter((s) => os === 'LINUX' || s.windows).flatMap((s) =>
    s.memory.map((m): [number, number] => [s.cpu, m]),
  );
}

/** A short list of numbers: "512, 1024, 2048", or "2048–8192 (step 1024)" for an even run. */
export function describeValues(values: readonly number[]): string {
  const first = values[0] ?? 0;
  const step = (values[1] ?? first) - first;
  const even = values.length > 3 && values.every((v, i) => v === first + i * step);
  return even ? `${first}–${values[values.length - 1] ?? first} (step ${step})` : values.join(', ');
}

/** Cpu values Windows tasks can use on Fargate. */
export const FARGATE_WINDOWS_CPU_VALUES: readonly number[] = FARGATE_TASK_SIZES.filter((s) => s.windows).map(
  (s) => s.cpu,
);

/** Task-level cpu range (units) outside Fargate, per the RegisterTaskDefinition API model. */
export const EC2_TASK_CPU_RANGE_FACT = /* @__PURE__ */ fact({
  id: 'ec2-task-cpu-range',
  sources: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html'],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { min: 128, max: 196_608 },
});

/** Ephemeral storage of a Fargate task: 20 GiB included, configurable from 21 to 200 GiB. */
export const FARGATE_EPHEMERAL_STORAGE_FACT = /* @__PURE__ */ fact({
  id: 'fargate-ephemeral-storage',
  sources: [
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { includedGiB: 20, minGiB: 21, maxGiB: 200 },
});

/**
 * Task cpu in units from what the API accepts: "1024", 1024, "1 vCPU", ".25 vcpu". Undefined when
 * malformed. ECS converts the vCPU form to units at registration.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html
 */
export function parseTaskCpu(v: unknown): number | undefined {
  return parseUnits(v, /^(\d*\.?\d+)\s*vcpu$/i);
}

/**
 * Task memory in MiB from what the API accepts: "2048", 2048, "2 GB", "2GB". Undefined when malformed.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html
 */
export function parseTaskMemory(v: unknown): number | undefined {
  return parseUnits(v, /^(\d*\.?\d+)\s*gb$/i);
}

function parseUnits(v: unknown, scaled: RegExp): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (/^\d+$/.test(s)) return Number(s) > 0 ? Number(s) : undefined;
  const m = scaled.exec(s);
  if (!m) return undefined;
  const n = Math.round(Number(m[1]) * 1024);
  return n > 0 ? n : undefined;
}
