import { FARGATE_MINIMUM_BILLED_SECONDS, fargateBilledSeconds } from '../aws/fargate-billing.ts';
import { SimInputError } from './errors.ts';
import {
  EC2_PRICES,
  FARGATE_CPU_VALUES,
  FARGATE_EPHEMERAL_STORAGE_FACT,
  FARGATE_PRICES,
  FARGATE_SPOT_MAX_DISCOUNT,
  FARGATE_SPOT_SOURCE,
  FARGATE_STORAGE_PRICES,
  FARGATE_WINDOWS_CPU_VALUES,
  REGIONS,
  describeValues,
  fargateSizeProblem,
  type FargatePlatform,
  type Price,
  type Region,
} from '../aws/index.ts';
import { splitTasks, type CapacityProviderStrategyItem } from './split-tasks.ts';
import {
  isList,
  optionalNumber,
  requireInteger,
  requireNumber,
  requireObject,
  requireOneOf,
} from './validate.ts';

// AWS references: Fargate task sizes https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
// (valid CPU/memory pairs), ephemeral storage https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html

/** Hours in a month for estimates (AWS Pricing Calculator convention; assumption `hours-730`). */
export const HOURS_PER_MONTH = 730;
/** Ephemeral storage included with every Fargate task (GiB). */
export const INCLUDED_STORAGE_GIB = FARGATE_EPHEMERAL_STORAGE_FACT.value.includedGiB;
const MAX_STORAGE_GIB = FARGATE_EPHEMERAL_STORAGE_FACT.value.maxGiB;

/** Input of {@link estimateMonthlyCost}. */
export type CostInput =
  | {
      region: Region;
      launchType: 'FARGATE' | 'FARGATE_SPOT';
      /** Task CPU units (256 = 0.25 vCPU). */
      cpu: number;
      memoryMiB: number;
      tasks: number;
      cpuArchitecture?: 'X86_64' | 'ARM64';
      operatingSystem?: 'LINUX' | 'WINDOWS';
      /** 20–200 GiB, default 20 (included). */
      ephemeralStorageGiB?: number;
      /** Fraction off on-demand for FARGATE_SPOT, 0–0.7, default 0.7 ("up to 70 %"; assumption `spot-discount`). */
      spotDiscount?: number;
      hours?: number;
    }
  | { region: Region; launchType: 'EC2'; instanceType: string; instances: number; hours?: number };

/** One line of a cost breakdown. */
export interface CostLine {
  item: string;
  quantity: number;
  unit: string;
  usdPerUnitHour: number;
  hours: number;
  usd: number;
  source: string;
}

/** Output of the cost functions. */
export interface CostEstimate {
  totalUsd: number;
  hours: number;
  lines: CostLine[];
  /** Distinct sources used, for citation. */
  sources: string[];
  notes: string[];
}

/** Throws unless cpu/memory is a valid Fargate task size for the OS (the table is in src/aws). */
export function validateFargateSize(cpu: number, memoryMiB: number, os: 'LINUX' | 'WINDOWS'): void {
  requireInteger(cpu, 'cpu', 1, 1_000_000);
  requireInteger(memoryMiB, 'memoryMiB', 1, 1_000_000);
  const problem = fargateSizeProblem(cpu, memoryMiB, os);
  if (problem === undefined) return;
  if (problem.code === 'unknown-cpu') {
    throw new SimInputError(
      'INVALID_VALUE',
      'cpu',
      `cpu ${cpu} is not a Fargate task size. Use ${FARGATE_CPU_VALUES.slice(0, -1).join(', ')} or ${FARGATE_CPU_VALUES.at(-1) ?? ''}.`,
    );
  }
  if (problem.code === 'windows-cpu') {
    throw new SimInputError(
      'UNSUPPORTED_COMBINATION',
      'cpu',
      `Windows on Fargate supports cpu ${FARGATE_WINDOWS_CPU_VALUES.join(', ')}, not ${cpu}.`,
    );
  }
  throw new SimInputError(
    'INVALID_VALUE',
    'memoryMiB',
    `memoryMiB ${memoryMiB} is not valid with cpu ${cpu} on Fargate (allowed ${describeValues(problem.allowed)}).`,
  );
}

function region(value: unknown): Region {
  return requireOneOf(value, 'region', REGIONS);
}

function missing(field: string, what: string, r: Region): never {
  throw new SimInputError(
    'PRICE_NOT_AVAILABLE',
    field,
    `The price of ${what} in ${r} is not in our data, so we do not estimate it.`,
  );
}

function line(
  item: string,
  quantity: number,
  unit: string,
  price: Price,
  hours: number,
  factor = 1,
): CostLine {
  const rate = price.usdPerHour * factor;
  return {
    item,
    quantity,
    unit,
    usdPerUnitHour: rate,
    hours,
    usd: quantity * rate * hours,
    source: `${price.source}${price.asOf === null ? ', undated' : `, ${price.asOf}`}${price.url === null ? '' : ` <${price.url}>`}`,
  };
}

function summarise(lines: CostLine[], hours: number, notes: string[]): CostEstimate {
  return {
    totalUsd: lines.reduce((s, l) => s + l.usd, 0),
    hours,
    lines,
    sources: [...new Set(lines.map((l) => l.source))],
    notes,
  };
}

/** Per-task-hour Fargate lines (quantity = tasks × size). Exported for the timeline and mixed estimates. */
function fargateLines(
  input: Extract<CostInput, { launchType: 'FARGATE' | 'FARGATE_SPOT' }>,
  tasks: number,
  hours: number,
): { lines: CostLine[]; notes: string[] } {
  const r = region(input.region);
  const os = requireOneOf(input.operatingSystem ?? 'LINUX', 'operatingSystem', ['LINUX', 'WINDOWS'] as const);
  const arch = requireOneOf(input.cpuArchitecture ?? 'X86_64', 'cpuArchitecture', [
    'X86_64',
    'ARM64',
  ] as const);
  validateFargateSize(input.cpu, input.memoryMiB, os);
  const storage = optionalNumber(
    input.ephemeralStorageGiB,
    'ephemeralStorageGiB',
    INCLUDED_STORAGE_GIB,
    MAX_STORAGE_GIB,
    INCLUDED_STORAGE_GIB,
  );
  requireInteger(storage, 'ephemeralStorageGiB', INCLUDED_STORAGE_GIB, MAX_STORAGE_GIB);
  const spot = input.launchType === 'FARGATE_SPOT';
  if (spot && os === 'WINDOWS') {
    throw new SimInputError(
      'UNSUPPORTED_COMBINATION',
      'launchType',
      'Fargate Spot does not support Windows tasks.',
    );
  }
  if (os === 'WINDOWS' && arch === 'ARM64') {
    throw new SimInputError(
      'UNSUPPORTED_COMBINATION',
      'cpuArchitecture',
      'Windows on Fargate runs on X86_64 only.',
    );
  }
  const discount = spot
    ? optionalNumber(
        input.spotDiscount,
        'spotDiscount',
        0,
        FARGATE_SPOT_MAX_DISCOUNT,
        FARGATE_SPOT_MAX_DISCOUNT,
      )
    : 0;
  const platform: FargatePlatform =
    os === 'WINDOWS' ? 'WINDOWS_X86_64' : arch === 'ARM64' ? 'LINUX_ARM64' : 'LINUX_X86_64';
  const prices = FARGATE_PRICES[r][platform];
  if (prices === undefined) missing('cpuArchitecture', `Fargate ${platform}`, r);
  const vcpu = (input.cpu / 1024) * tasks;
  const gb = (input.memoryMiB / 1024) * tasks;
  const label = spot ? 'Fargate Spot' : 'Fargate';
  const factor = 1 - discount;
  const lines = [
    line(`${label} vCPU`, vcpu, 'vCPU', prices.vcpu, hours, factor),
    line(`${label} memory`, gb, 'GB', prices.memoryGb, hours, factor),
  ];
  if (prices.osLicenseVcpu !== undefined)
    lines.push(line('Windows OS licence', vcpu, 'vCPU', prices.osLicenseVcpu, hours));
  if (storage > INCLUDED_STORAGE_GIB) {
    lines.push(
      line(
        'Ephemeral storage above 20 GB',
        (storage - INCLUDED_STORAGE_GIB) * tasks,
        'GB',
        FARGATE_STORAGE_PRICES[r],
        hours,
      ),
    );
  }
  const notes = spot
    ? [
        `Fargate Spot is estimated at ${Math.round(discount * 100)} % off on-demand. ${FARGATE_SPOT_SOURCE}; the real rate varies and is not a fixed discount.`,
      ]
    : [];
  return { lines, notes };
}

/**
 * Monthly cost of a Fargate, Fargate Spot or EC2 workload, with a line per vCPU, memory, storage
 * (above the included 20 GB) or instance, and the source and date of every price. Uses 730 hours
 * unless `hours` is given (assumption `hours-730`); Spot uses a labelled discount
 * (assumption `spot-discount`). Prices missing from our data raise `PRICE_NOT_AVAILABLE`
 * (assumption `price-snapshot`).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
 */
export function estimateMonthlyCost(input: CostInput): CostEstimate {
  requireObject(input, 'input');
  const r = region(input.region);
  const hours = optionalNumber(input.hours, 'hours', 0, 8784, HOURS_PER_MONTH);
  const launchType = requireOneOf(input.launchType, 'launchType', [
    'FARGATE',
    'FARGATE_SPOT',
    'EC2',
  ] as const);
  if (launchType === 'EC2') {
    const ec2 = input as Extract<CostInput, { launchType: 'EC2' }>;
    const instances = requireInteger(ec2.instances, 'instances', 0, 100_000);
    if (typeof ec2.instanceType !== 'string')
      throw new SimInputError('INVALID_VALUE', 'instanceType', 'instanceType is required for EC2.');
    const price = EC2_PRICES[r][ec2.instanceType];
    if (price === undefined) missing('instanceType', `EC2 ${ec2.instanceType}`, r);
    return summarise([line(`EC2 ${ec2.instanceType}`, instances, 'instance', price, hours)], hours, [
      'ECS adds no charge for EC2 launch type; you pay for the instances.',
    ]);
  }
  const fg = input as Extract<CostInput, { launchType: 'FARGATE' | 'FARGATE_SPOT' }>;
  const tasks = requireInteger(fg.tasks, 'tasks', 0, 100_000);
  const { lines, notes } = fargateLines(fg, tasks, hours);
  return summarise(lines, hours, notes);
}

/** Input of {@link estimateMixedCapacityCost}: a Fargate task size plus a FARGATE/FARGATE_SPOT strategy. */
export interface MixedCostInput {
  region: Region;
  cpu: number;
  memoryMiB: number;
  cpuArchitecture?: 'X86_64' | 'ARM64';
  ephemeralStorageGiB?: number;
  strategy: readonly CapacityProviderStrategyItem[];
  desiredCount: number;
  spotDiscount?: number;
  hours?: number;
}

/**
 * Monthly cost of a service spread over FARGATE and FARGATE_SPOT by a capacity provider strategy
 * (split with {@link splitTasks}, assumption `split-rounding`). Auto Scaling group providers are
 * billed per instance, not per task, so they are rejected here.
 */
export function estimateMixedCapacityCost(
  input: MixedCostInput,
): CostEstimate & { split: Record<string, number> } {
  requireObject(input, 'input');
  const split = splitTasks(input.strategy, input.desiredCount);
  const hours = optionalNumber(input.hours, 'hours', 0, 8784, HOURS_PER_MONTH);
  const lines: CostLine[] = [];
  const notes: string[] = [];
  for (const [provider, tasks] of Object.entries(split)) {
    if (provider !== 'FARGATE' && provider !== 'FARGATE_SPOT') {
      throw new SimInputError(
        'UNSUPPORTED_COMBINATION',
        'strategy',
        `Only FARGATE and FARGATE_SPOT can be priced per task, not ${provider}.`,
      );
    }
    const part = fargateLines({ ...input, launchType: provider, tasks }, tasks, hours);
    lines.push(...part.lines);
    notes.push(...part.notes);
  }
  return { ...summarise(lines, hours, notes), split };
}

/** A task count from `time` (seconds) until the next point. */
export interface TaskCountPoint {
  time: number;
  tasks: number;
}

/**
 * Cost of a Fargate workload whose task count changes over time (e.g. a blue/green window that
 * doubles tasks, or an auto scaling run). Each point's count holds until the next point, and the
 * last until `endTime`. Fargate bills each task per second "with a 1-minute minimum", so a task
 * that starts and stops inside the timeline costs at least one minute. Which task stops when the
 * count falls, and how tasks running at either edge are billed, are assumption `timeline-cost`.
 * @see https://aws.amazon.com/fargate/pricing/
 */
export function estimateTimelineCost(
  input: Omit<Extract<CostInput, { launchType: 'FARGATE' | 'FARGATE_SPOT' }>, 'tasks' | 'hours'>,
  points: readonly TaskCountPoint[],
  endTime: number,
): CostEstimate {
  requireObject(input, 'input');
  if (!isList(points) || points.length === 0)
    throw new SimInputError('INVALID_VALUE', 'points', 'points must hold at least one task count.');
  points.forEach((p, i) => {
    requireNumber(
      p.time,
      `points[${i}].time`,
      i === 0 ? -Infinity : (points[i - 1]?.time ?? 0),
      Number.MAX_VALUE,
    );
    requireInteger(p.tasks, `points[${i}].tasks`, 0, 100_000);
  });
  requireNumber(endTime, 'endTime', points.at(-1)?.time ?? 0, Number.MAX_VALUE);
  const { seconds, minimumApplied } = billedTaskSeconds(points, endTime);
  const hours = (endTime - (points[0]?.time ?? 0)) / 3600;
  // Price one task for the whole span of task-hours: quantity 1 task-equivalent × task-hours.
  const { lines, notes } = fargateLines({ ...input, tasks: 1 }, 1, seconds / 3600);
  const minimumNote =
    minimumApplied > 0
      ? [`${minimumApplied} short-lived tasks billed the ${FARGATE_MINIMUM_BILLED_SECONDS}-second minimum.`]
      : [];
  return summarise(lines, hours, [
    ...notes,
    `${(seconds / 3600).toFixed(2)} task-hours over ${hours.toFixed(2)} hours.`,
    ...minimumNote,
  ]);
}

/**
 * Billed task-seconds of a task-count step function. A rise starts tasks, a fall stops the newest
 * first. Tasks that start and stop inside the timeline are billed {@link fargateBilledSeconds};
 * tasks already running at the first point, or still running at `endTime`, only for the time
 * inside it (assumption `timeline-cost`).
 */
function billedTaskSeconds(
  points: readonly TaskCountPoint[],
  endTime: number,
): { seconds: number; minimumApplied: number } {
  const first = points[0];
  if (first === undefined) return { seconds: 0, minimumApplied: 0 };
  const t0 = first.time;
  // Start time of each running task; tasks present at the start are marked NaN (no minimum).
  const starts: number[] = Array.from({ length: first.tasks }, () => Number.NaN);
  let seconds = 0;
  let minimumApplied = 0;
  for (const p of points.slice(1)) {
    while (starts.length < p.tasks) starts.push(p.time);
    while (starts.length > p.tasks) {
      const start = starts.pop() ?? Number.NaN;
      if (Number.isNaN(start)) {
        seconds += p.time - t0;
      } else {
        const billed = fargateBilledSeconds(p.time - start);
        if (billed > Math.ceil(p.time - start)) minimumApplied += 1;
        seconds += billed;
      }
    }
  }
  for (const start of starts) seconds += endTime - (Number.isNaN(start) ? t0 : start);
  return { seconds, minimumApplied };
}

/** Task-count points of a blue/green run (blue + green tasks). Times in seconds. */
export function pointsFromBlueGreen(
  timeline: readonly { time: number; blueTasks: number; greenTasks: number }[],
): TaskCountPoint[] {
  return timeline.map((p) => ({ time: p.time, tasks: p.blueTasks + p.greenTasks }));
}

/** Task-count points of an auto scaling run (running tasks), with times in seconds from its start. */
export function pointsFromAutoScaling(
  points: readonly { time: number; running: number }[],
): TaskCountPoint[] {
  const t0 = points[0]?.time ?? 0;
  return points.map((p) => ({ time: (p.time - t0) / 1000, tasks: p.running }));
}
