import { SimInputError } from './errors.ts';
import { requireInteger } from './validate.ts';

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

/** The kind of a capacity provider in our model (see assumption `split-provider-kind`). */
export type ProviderKind = 'FARGATE' | 'ASG';

/** Maximum number of items in one strategy (API model, since 2024-12). */
export const MAX_STRATEGY_ITEMS = 20;

interface NormalItem {
  name: string;
  base: number;
  weight: number;
}

/**
 * Classifies a provider name. `FARGATE` and `FARGATE_SPOT` are the reserved Fargate providers;
 * any other name is treated as an Auto Scaling group provider (assumption `split-provider-kind`).
 */
export function providerKind(capacityProvider: string): ProviderKind {
  return capacityProvider === 'FARGATE' || capacityProvider === 'FARGATE_SPOT' ? 'FARGATE' : 'ASG';
}

function fail(field: string, message: string): never {
  throw new SimInputError('INVALID_STRATEGY', field, message);
}

/**
 * Checks a strategy against the documented rules and returns it with defaults filled in.
 * Rules: 1–20 items, unique providers, at most one base, base 0–100,000, weight 0–1,000,
 * at least one weight above 0, and no mixing of Fargate and Auto Scaling group providers.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
 */
export function validateStrategy(strategy: readonly CapacityProviderStrategyItem[]): NormalItem[] {
  if (!Array.isArray(strategy) || strategy.length === 0) {
    fail('strategy', 'strategy must contain at least one capacity provider.');
  }
  if (strategy.length > MAX_STRATEGY_ITEMS) {
    fail(
      'strategy',
      `strategy can contain at most ${MAX_STRATEGY_ITEMS} capacity providers, got ${strategy.length}.`,
    );
  }
  const seen = new Set<string>();
  const items = strategy.map((item, i): NormalItem => {
    const name: unknown = item?.capacityProvider;
    if (typeof name !== 'string' || name.length === 0 || name.length > 255) {
      fail(
        `strategy[${i}].capacityProvider`,
        `strategy[${i}].capacityProvider must be a name of 1–255 characters.`,
      );
    }
    if (seen.has(name)) {
      fail(
        `strategy[${i}].capacityProvider`,
        `capacity provider ${name} appears more than once in the strategy.`,
      );
    }
    seen.add(name);
    const base = item.base === undefined ? 0 : requireInteger(item.base, `strategy[${i}].base`, 0, 100_000);
    const weight =
      item.weight === undefined ? 0 : requireInteger(item.weight, `strategy[${i}].weight`, 0, 1000);
    return { name, base, weight };
  });
  const withBase = items.filter((it) => it.base > 0);
  if (withBase.length > 1) {
    const idx = items.indexOf(withBase[1] as NormalItem);
    fail(`strategy[${idx}].base`, 'only one capacity provider in a strategy can have a base defined.');
  }
  if (items.every((it) => it.weight === 0)) {
    fail('strategy', 'at least one capacity provider in the strategy must have a weight greater than 0.');
  }
  const kinds = new Set(items.map((it) => providerKind(it.name)));
  if (kinds.size > 1) {
    fail(
      'strategy',
      'a strategy cannot mix Fargate capacity providers (FARGATE, FARGATE_SPOT) with Auto Scaling group capacity providers.',
    );
  }
  return items;
}

/** The exact (fractional) share of each provider for `desiredCount` tasks: base first, then weights. */
export function idealShares(items: readonly NormalItem[], desiredCount: number): number[] {
  const baseItem = items.findIndex((it) => it.base > 0);
  const baseTasks = baseItem >= 0 ? Math.min((items[baseItem] as NormalItem).base, desiredCount) : 0;
  const rest = desiredCount - baseTasks;
  const totalWeight = items.reduce((sum, it) => sum + it.weight, 0);
  return items.map((it, i) => (i === baseItem ? baseTasks : 0) + (rest * it.weight) / totalWeight);
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
  const counts = largestRemainder(idealShares(items, desiredCount), desiredCount);
  const result: TaskSplit = {};
  items.forEach((it, i) => {
    result[it.name] = counts[i] ?? 0;
  });
  return result;
}

function largestRemainder(shares: readonly number[], total: number): number[] {
  // Work in integers where possible: shares are rationals; a tiny epsilon guards float noise.
  const counts = shares.map((s) => Math.floor(s + 1e-9));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => ({ i, rem: s - (counts[i] ?? 0) }))
    .sort((a, b) => (Math.abs(b.rem - a.rem) > 1e-9 ? b.rem - a.rem : a.i - b.i));
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return counts;
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
    steps.push({ desiredCount: n, capacityProvider: (items[pick] as NormalItem).name, change, split });
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
