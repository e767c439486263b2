import {
  REGIONS,
  SimInputError,
  estimateMixedCapacityCost,
  idealShares,
  splitTasks,
  validateStrategy,
  type CostEstimate,
  type Region,
} from '../../sim/index.ts';
import { isRecord } from '../../util/is-record.ts';
import { applyBounds, type Bounded, type StateBounds } from '../input-bounds.ts';

/** One row of the strategy the learner edits. */
export interface SplitRow {
  provider: string;
  base: number;
  weight: number;
}

/** Everything the capacity split widget shows; also what goes into its URL parameter. */
export interface SplitState {
  rows: SplitRow[];
  desired: number;
  /** Task size and region for the monthly cost shown beside the split. */
  cpu: number;
  memory: number;
  region: Region;
}

/** Providers offered in the widget's menu (a Fargate strategy cannot mix in ASG providers). */
export const PROVIDERS = ['FARGATE', 'FARGATE_SPOT'] as const;

/** A strategy learners meet first: a guaranteed on-demand base and three Spot tasks for each on-demand one. */
export const DEFAULT_SPLIT_STATE: SplitState = {
  rows: [
    { provider: 'FARGATE', base: 2, weight: 1 },
    { provider: 'FARGATE_SPOT', base: 0, weight: 3 },
  ],
  desired: 10,
  cpu: 512,
  memory: 1024,
  region: 'ap-northeast-1',
};

/** More rows than the API allows, so the widget can show the 20-item error; no more. */
const MAX_ROWS = 21;

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The split is drawn as tiles: beyond 1,000 tasks a link asking for more is lowered. */
export const SPLIT_BOUNDS = {
  desired: { max: 1000, label: { ja: '希望タスク数', en: 'Desired count' } },
} satisfies StateBounds<SplitState>;

/** A split state within what the widget can show. */
export function boundSplitState(state: SplitState): Bounded<SplitState> {
  return applyBounds(state, SPLIT_BOUNDS);
}

/** Reads a state from untrusted input (a URL or storage); `undefined` if it is not one. */
export function readSplitState(value: unknown): SplitState | undefined {
  if (!isRecord(value) || !Array.isArray(value['rows'])) return undefined;
  const rows: SplitRow[] = [];
  for (const row of value['rows'].slice(0, MAX_ROWS)) {
    if (!isRecord(row) || typeof row['provider'] !== 'string' || row['provider'].length > 255)
      return undefined;
    rows.push({
      provider: row['provider'],
      base: finiteOr(row['base'], 0),
      weight: finiteOr(row['weight'], 0),
    });
  }
  const region = REGIONS.find((r) => r === value['region']) ?? DEFAULT_SPLIT_STATE.region;
  return {
    rows,
    desired: finiteOr(value['desired'], DEFAULT_SPLIT_STATE.desired),
    cpu: finiteOr(value['cpu'], DEFAULT_SPLIT_STATE.cpu),
    memory: finiteOr(value['memory'], DEFAULT_SPLIT_STATE.memory),
    region,
  };
}

export interface SplitShare {
  provider: string;
  tasks: number;
  /** The exact (fractional) share before rounding. */
  ideal: number;
}

export type SplitOutcome =
  | { ok: true; shares: SplitShare[]; rounded: boolean }
  | { ok: false; field: string; message: string; messageJa?: string | undefined; code: string };

/** Runs the simulator's split on the widget state, turning invalid input into a message. */
export function evaluateSplit(state: SplitState): SplitOutcome {
  const strategy = state.rows.map((row) => ({
    capacityProvider: row.provider,
    base: row.base,
    weight: row.weight,
  }));
  try {
    const split = splitTasks(strategy, state.desired);
    const ideal = idealShares(validateStrategy(strategy), state.desired);
    const shares = state.rows.map((row, index) => ({
      provider: row.provider,
      tasks: split[row.provider] ?? 0,
      ideal: ideal[index] ?? 0,
    }));
    return { ok: true, shares, rounded: shares.some((share) => !Number.isInteger(share.ideal)) };
  } catch (error) {
    if (error instanceof SimInputError)
      return {
        ok: false,
        field: error.field,
        message: error.message,
        messageJa: error.messageJa,
        code: error.code,
      };
    throw error;
  }
}

export type SplitCost =
  | { ok: true; estimate: CostEstimate }
  | { ok: false; message: string; messageJa?: string | undefined; code: string; field: string };

/** Monthly cost of the split (FARGATE on demand, FARGATE_SPOT at AWS's "up to 70 %" off). */
export function splitCost(state: SplitState): SplitCost {
  try {
    const estimate = estimateMixedCapacityCost({
      region: state.region,
      cpu: state.cpu,
      memoryMiB: state.memory,
      desiredCount: state.desired,
      strategy: state.rows.map((row) => ({
        capacityProvider: row.provider,
        base: row.base,
        weight: row.weight,
      })),
    });
    return { ok: true, estimate };
  } catch (error) {
    if (error instanceof SimInputError)
      return {
        ok: false,
        message: error.message,
        messageJa: error.messageJa,
        code: error.code,
        field: error.field,
      };
    throw error;
  }
}
