import {
  STRATEGY_LIMITS,
  idealShares,
  largestRemainder,
  providerKind,
  splitCounts,
  strategyProblems,
  type ProviderKind,
  type StrategyItem,
} from '../aws/index.ts';
import { SimInputError } from './errors.ts';
import { isList, requireInteger } from './validate.ts';

// AWS reference: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
// and https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-capacity-providers.html

/** One item of a capacity provider strategy, as in the ECS API. */
export interface CapacityProviderStrategyItem {
  /** Provider name, e.g. `FARGATE`, `FARGATE_SPOT` or an Auto Scaling group provider's name. */
  capacityProvider: string;
  /** Minimum tasks on this provider (0–100,000, default 0). Only one item may set it. */
  base?: number;
  /** Relative share after the base (0–1,000). Default 0, as in the API and CLI. */
  weight?: number;
}

/** Tasks per provider, keyed by provider name in strategy order (zeros included). */
export type TaskSplit = Record<string, number>;

/** Maximum number of items in one strategy (API model, since 2024-12). */
export const MAX_STRATEGY_ITEMS = STRATEGY_LIMITS.maxItems;

// providerKind: FARGATE and FARGATE_SPOT are Fargate, any other name an Auto Scaling group provider
// (assumption `split-provider-kind`).
export { idealShares, providerKind, type ProviderKind };

function fail(field: string, message: string, messageJa?: string): never {
  throw new SimInputError('INVALID_STRATEGY', field, message, messageJa);
}

/**
 * Checks a strategy against the documented rules (in src/aws, shared with the grader) and returns
 * it with defaults filled in. Throws a SimInputError naming the first item at fault.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
 */
export function validateStrategy(strategy: readonly CapacityProviderStrategyItem[]): StrategyItem[] {
  if (!isList(strategy)) fail('strategy', 'strategy must contain at least one capacity provider.');
  const inputs = strategy.map((item, i) => {
    const name: unknown = item?.capacityProvider;
    const base =
      item?.base === undefined
        ? undefined
        : requireInteger(item.base, `strategy[${i}].base`, 0, STRATEGY_LIMITS.baseMax);
    const weight =
      item?.weight === undefined
        ? undefined
        : requireInteger(item.weight, `strategy[${i}].weight`, 0, STRATEGY_LIMITS.weightMax);
    return { capacityProvider: typeof name === 'string' ? name : undefined, base, weight };
  });
  const problem = strategyProblems(inputs)[0];
  if (problem !== undefined) {
    const field =
      problem.index === undefined
        ? 'strategy'
        : `strategy[${problem.index}]${problem.key ? `.${problem.key}` : ''}`;
    fail(field, problem.en, problem.ja);
  }
  return inputs.map((it) => ({
    name: it.capacityProvider as string,
    base: it.base ?? STRATEGY_LIMITS.defaultBase,
    weight: it.weight ?? STRATEGY_LIMITS.defaultWeight,
  }));
}

/**
 * Splits `desiredCount` tasks across a capacity provider strategy: the base is placed first,
 * the rest by weight. Uneven remainders use the largest-remainder rule with ties to the earlier
 * item (assumption `split-rounding`), so every count is within one task of its exact share.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
 * @example splitTasks([{ capacityProvider: 'FARGATE', base: 2, weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 3 }], 10)
 *   // { FARGATE: 4, FARGATE_SPOT: 6 }
 */
export function splitTasks(
  strategy: readonly CapacityProviderStrategyItem[],
  desiredCount: number,
): TaskSplit {
  const items = validateStrategy(strategy);
  requireInteger(desiredCount, 'desiredCount', 0, 100_000);
  const counts = splitCounts(items, desiredCount);
  const result: TaskSplit = {};
  items.forEach((it, i) => {
    result[it.name] = counts[i] ?? 0;
  });
  return result;
}

/** One task added or removed while scaling, with the split after the change. */
export interface ScaleStep {
  /** Desired count after this step. */
  desiredCount: number;
  /** Provider that gained (+1) or lost (-1) the task. */
  capacityProvider: string;
  /** +1 for scale out, -1 for scale in. */
  change: 1 | -1;
  /** Tasks per provider after the step. */
  split: TaskSplit;
}

/**
 * Scales a service from `from` to `to` tasks one task at a time and says which provider gains or
 * loses each task. AWS documents only Availability Zone balancing for scale in, not which
 * provider loses a task, so this order is our model (assumption `scale-order`): a new task goes
 * to the provider furthest below its exact share (ties to the earlier item); a stopped task comes
 * from the provider furthest above its share (ties to the later item).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html
 */
export function scaleSequence(
  strategy: readonly CapacityProviderStrategyItem[],
  from: number,
  to: number,
): ScaleStep[] {
  const items = validateStrategy(strategy);
  requireInteger(from, 'from', 0, 100_000);
  requireInteger(to, 'to', 0, 100_000);
  const counts = largestRemainder(idealShares(items, from), from);
  const steps: ScaleStep[] = [];
  for (let n = from; n !== to;) {
    const change: 1 | -1 = to > n ? 1 : -1;
    n += change;
    const ideal = idealShares(items, n);
    const pick = change === 1 ? mostBelow(counts, ideal) : mostAbove(counts, ideal);
    counts[pick] = (counts[pick] ?? 0) + change;
    const split: TaskSplit = {};
    items.forEach((it, i) => {
      split[it.name] = counts[i] ?? 0;
    });
    steps.push({ desiredCount: n, capacityProvider: (items[pick] as StrategyItem).name, change, split });
  }
  return steps;
}

function mostBelow(counts: readonly number[], ideal: readonly number[]): number {
  let best = 0;
  let bestGap = -Infinity;
  ideal.forEach((s, i) => {
    const gap = s - (counts[i] ?? 0);
    if (gap > bestGap + 1e-9) {
      best = i;
      bestGap = gap;
    }
  });
  return best;
}

function mostAbove(counts: readonly number[], ideal: readonly number[]): number {
  let best = 0;
  let bestGap = -Infinity;
  ideal.forEach((s, i) => {
    const gap = (counts[i] ?? 0) - s;
    if ((counts[i] ?? 0) > 0 && gap >= bestGap - 1e-9) {
      best = i;
      bestGap = gap;
    }
  });
  return best;
}
