/**
 * Fargate task sizes and the string forms of task cpu/memory.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size
 */

/** Memory values (MiB) allowed for each Fargate task cpu value (units). */
export const FARGATE_SIZES: Readonly<Record<number, readonly number[]>> = {
  256: [512, 1024, 2048],
  512: range(1024, 4096, 1024),
  1024: range(2048, 8192, 1024),
  2048: range(4096, 16384, 1024),
  4096: range(8192, 30720, 1024),
  8192: range(16384, 61440, 4096),
  16384: range(32768, 122880, 8192),
};

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

/** Task cpu in units: "1024", 1024, "1 vCPU", ".25 vcpu". Undefined when malformed. */
export function parseTaskCpu(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^(\d*\.?\d+)\s*vcpu$/i.exec(s);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

/** Task memory in MiB: "2048", 2048, "2 GB", "2GB". Undefined when malformed. */
export function parseTaskMemory(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^(\d*\.?\d+)\s*gb$/i.exec(s);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

/** True when cpu/memory is a valid Fargate pair. */
export function isFargateSize(cpu: number, memory: number): boolean {
  return FARGATE_SIZES[cpu]?.includes(memory) ?? false;
}

/** Human-readable list of valid memory values for a cpu value, for messages. */
export function fargateMemoryHint(cpu: number): string {
  const list = FARGATE_SIZES[cpu];
  if (!list) return Object.keys(FARGATE_SIZES).join(', ');
  const first = list[0] ?? 0;
  const last = list[list.length - 1] ?? 0;
  return list.length <= 3 ? list.join(', ') : `${first}–${last} (step ${(list[1] ?? 0) - first})`;
}
