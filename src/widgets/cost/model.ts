import { applyBounds, type Bounded, type StateBounds } from '../input-bounds.ts';
import { readFlatState } from '../read-flat-state.ts';
import { fargateSizePairs } from '../../aws/index.ts';
import {
  EC2_PRICES,
  FARGATE_SPOT_MAX_DISCOUNT,
  REGIONS,
  SimInputError,
  estimateMonthlyCost,
  type CostEstimate,
  type Region,
} from '../../sim/index.ts';

/** The cost estimator's settings; also what its URL parameter holds. */
export interface CostState {
  region: Region;
  arch: 'X86_64' | 'ARM64';
  cpu: number;
  memory: number;
  tasks: number;
  /** Fargate Spot discount in percent, 0 to 70 (AWS says "up to 70 %"). */
  spotDiscount: number;
  instanceType: string;
  instances: number;
}

export const DEFAULT_COST_STATE: CostState = {
  region: 'ap-northeast-1',
  arch: 'X86_64',
  cpu: 512,
  memory: 1024,
  tasks: 4,
  spotDiscount: 70,
  instanceType: 't3.medium',
  instances: 2,
};

/** Every valid Fargate task size (Linux), as [cpu, memory] pairs, for a menu. */
export function fargateSizes(): [number, number][] {
  return fargateSizePairs('LINUX');
}

/** Instance types we have a price for in a region. */
export function instanceTypes(region: Region): string[] {
  return Object.keys(EC2_PRICES[region]).sort();
}

/** The estimate is arithmetic, but amounts past 10,000 tasks or instances stop being readable. */
export const COST_BOUNDS = {
  tasks: { max: 10_000, label: { ja: 'タスク数', en: 'Tasks' } },
  instances: { max: 10_000, label: { ja: 'インスタンス数', en: 'Instances' } },
} satisfies StateBounds<CostState>;

/** A cost state within what the widget can show. */
export function boundCostState(state: CostState): Bounded<CostState> {
  return applyBounds(state, COST_BOUNDS);
}

/** Reads a state from untrusted input; `undefined` when it is not one. */
export function readCostState(value: unknown): CostState | undefined {
  const state = readFlatState<CostState>(value, DEFAULT_COST_STATE);
  if (!state) return undefined;
  if (!REGIONS.includes(state.region) || (state.arch !== 'X86_64' && state.arch !== 'ARM64'))
    return undefined;
  return state;
}

export type Column = { ok: true; estimate: CostEstimate } | { ok: false; message: string; code: string };

function attempt(run: () => CostEstimate): Column {
  try {
    return { ok: true, estimate: run() };
  } catch (error) {
    if (error instanceof SimInputError) return { ok: false, message: error.message, code: error.code };
    throw error;
  }
}

/** Fargate, Fargate Spot and EC2 side by side for the same workload. */
export function compareCosts(state: CostState): { fargate: Column; spot: Column; ec2: Column } {
  const task = {
    region: state.region,
    cpu: state.cpu,
    memoryMiB: state.memory,
    tasks: state.tasks,
    cpuArchitecture: state.arch,
  } as const;
  return {
    fargate: attempt(() => estimateMonthlyCost({ ...task, launchType: 'FARGATE' })),
    spot: attempt(() =>
      estimateMonthlyCost({
        ...task,
        launchType: 'FARGATE_SPOT',
        spotDiscount: Math.min(state.spotDiscount, FARGATE_SPOT_MAX_DISCOUNT * 100) / 100,
      }),
    ),
    ec2: attempt(() =>
      estimateMonthlyCost({
        region: state.region,
        launchType: 'EC2',
        instanceType: state.instanceType,
        instances: state.instances,
      }),
    ),
  };
}
