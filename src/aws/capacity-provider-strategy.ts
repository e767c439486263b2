/**
 * Capacity provider strategies: the documented rules (one base, weight ranges, at most 20 items,
 * no mixing of Fargate and Auto Scaling group providers) and the task split (base first, then
 * weights). The simulator, the grader, the widgets and the exercises all use these functions.
 */
import { fact } from './fact.ts';

const STRATEGY_ITEM_API =
  'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html';
const CLUSTER_CP_PAGE =
  'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-capacity-providers.html';

/** Numeric limits of a strategy item and of a strategy. */
export const STRATEGY_LIMITS_FACT = /* @__PURE__ */ fact({
  id: 'capacity-provider-strategy-limits',
  sources: [STRATEGY_ITEM_API, CLUSTER_CP_PAGE],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { maxItems: 20, baseMax: 100_000, weightMax: 1000, defaultWeight: 0, defaultBase: 0 },
});

/** Strategy limits (see {@link STRATEGY_LIMITS_FACT}). */
export const STRATEGY_LIMITS = STRATEGY_LIMITS_FACT.value;

/** A strategy holds either Fargate providers or Auto Scaling group providers, never both. */
export const STRATEGY_NO_MIXING_FACT = /* @__PURE__ */ fact({
  id: 'capacity-provider-no-mixing',
  sources: [
    CLUSTER_CP_PAGE,
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { fargateProviders: ['FARGATE', 'FARGATE_SPOT'] as const },
});

/** The kind of a capacity provider: the reserved Fargate ones, or an Auto Scaling group provider. */
export type ProviderKind = 'FARGATE' | 'ASG';

/** Classifies a provider name: `FARGATE` and `FARGATE_SPOT` are Fargate, any other name is an ASG provider. */
export function providerKind(capacityProvider: string): ProviderKind {
  return capacityProvider === 'FARGATE' || capacityProvider === 'FARGATE_SPOT' ? 'FARGATE' : 'ASG';
}

/**
 * One strategy item as read from an input. A number is the given value, `undefined` means the
 * key is absent (the API default applies) and `'unknown'` means a value we cannot read (a
 * CloudFormation intrinsic), which no rule judges.
 */
export interface StrategyItemInput {
  /** A name, `'unknown'` or undefined (`'unknown'` is a string, so the type cannot list it apart). */
  capacityProvider: string | undefined;
  base: number | undefined | 'unknown';
  weight: number | undefined | 'unknown';
}

/** What is wrong with a strategy. `index` is the item at fault, when there is one. */
export type StrategyProblemCode =
  | 'empty'
  | 'too-many'
  | 'provider-name'
  | 'duplicate'
  | 'base-range'
  | 'weight-range'
  | 'two-bases'
  | 'all-weights-zero'
  | 'mixed-kinds';

/** A broken rule with where it is and what to say, in both languages. */
export interface StrategyProblem {
  code: StrategyProblemCode;
  index?: number;
  /** The key of the item at fault (`base`, `weight`, `capacityProvider`), if any. */
  key?: 'base' | 'weight' | 'capacityProvider';
  en: string;
  ja: string;
}

const isInt = (v: unknown, max: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

function itemProblems(items: readonly StrategyItemInput[]): StrategyProblem[] {
  const out: StrategyProblem[] = [];
  const seen = new Set<string>();
  items.forEach((it, index) => {
    const name = it.capacityProvider;
    if (name === undefined || (name !== 'unknown' && (name.length === 0 || name.length > 255)))
      out.push({
        code: 'provider-name',
        index,
        key: 'capacityProvider',
        en: `strategy[${index}].capacityProvider must be a name of 1–255 characters.`,
        ja: `strategy[${index}].capacityProvider は 1〜255 文字の名前にします。`,
      });
    else if (name !== 'unknown' && seen.has(name))
      out.push({
        code: 'duplicate',
        index,
        key: 'capacityProvider',
        en: `Capacity provider "${name}" appears more than once in the strategy.`,
        ja: `プロバイダー "${name}" が戦略の中で重複しています。`,
      });
    if (typeof name === 'string') seen.add(name);
    if (typeof it.base === 'number' && !isInt(it.base, STRATEGY_LIMITS.baseMax))
      out.push({
        code: 'base-range',
        index,
        key: 'base',
        en: `strategy[${index}].base must be a whole number from 0 to ${STRATEGY_LIMITS.baseMax}, got ${it.base}.`,
        ja: `strategy[${index}].base は 0〜${STRATEGY_LIMITS.baseMax} の整数です（今は ${it.base}）。`,
      });
    if (typeof it.weight === 'number' && !isInt(it.weight, STRATEGY_LIMITS.weightMax))
      out.push({
        code: 'weight-range',
        index,
        key: 'weight',
        en: `strategy[${index}].weight must be a whole number from 0 to ${STRATEGY_LIMITS.weightMax}, got ${it.weight}.`,
        ja: `strategy[${index}].weight は 0〜${STRATEGY_LIMITS.weightMax} の整数です（今は ${it.weight}）。`,
      });
  });
  return out;
}

/**
 * Every documented rule a strategy breaks, in a stable order (item problems first). An empty list
 * means ECS accepts the strategy as far as its own shape goes.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
 */
export function strategyProblems(items: readonly StrategyItemInput[]): StrategyProblem[] {
  if (items.length === 0)
    return [
      {
        code: 'empty',
        en: 'The strategy must contain at least one capacity provider.',
        ja: '戦略には少なくとも 1 つのプロバイダーが必要です。',
      },
    ];
  const out: StrategyProblem[] = [];
  if (items.length > STRATEGY_LIMITS.maxItems)
    out.push({
      code: 'too-many',
      en: `A strategy can contain at most ${STRATEGY_LIMITS.maxItems} capacity providers, got ${items.length}.`,
      ja: `戦略に入れられるプロバイダーは ${STRATEGY_LIMITS.maxItems} 個までです（今は ${items.length} 個）。`,
    });
  out.push(...itemProblems(items));
  const withBase = items.flatMap((it, i) => (typeof it.base === 'number' && it.base > 0 ? [i] : []));
  if (withBase.length > 1)
    out.push({
      code: 'two-bases',
      index: withBase[1] ?? 0,
      key: 'base',
      en: 'Only one capacity provider in a strategy can have a base.',
      ja: 'base を指定できるのは戦略内の 1 項目だけです。',
    });
  if (items.every((it) => it.weight === undefined || it.weight === 0))
    out.push({
      code: 'all-weights-zero',
      en: 'Every weight is 0 (the API default), so ECS refuses the strategy. Give at least one provider a weight above 0.',
      ja: 'weight がすべて 0（API の既定値）のため ECS は戦略を受け付けません。少なくとも 1 つに 1 以上を指定してください。',
    });
  const kinds = new Set(
    items.flatMap((it) =>
      typeof it.capacityProvider === 'string' && it.capacityProvider !== 'unknown'
        ? [providerKind(it.capacityProvider)]
        : [],
    ),
  );
  if (kinds.size > 1)
    out.push({
      code: 'mixed-kinds',
      en: 'A strategy cannot mix Fargate capacity providers (FARGATE, FARGATE_SPOT) with Auto Scaling group capacity providers.',
      ja: 'Fargate のプロバイダー（FARGATE、FARGATE_SPOT）と Auto Scaling グループのプロバイダーは 1 つの戦略に混在できません。',
    });
  return out;
}

/** A valid strategy item with defaults filled in. */
export interface StrategyItem {
  name: string;
  base: number;
  weight: number;
}

/** The exact (fractional) share of each item for `desiredCount` tasks: the base first, then weights. */
export function idealShares(items: readonly StrategyItem[], desiredCount: number): number[] {
  const baseItem = items.findIndex((it) => it.base > 0);
  const baseTasks = baseItem >= 0 ? Math.min((items[baseItem] as StrategyItem).base, desiredCount) : 0;
  const rest = desiredCount - baseTasks;
  const totalWeight = items.reduce((sum, it) => sum + it.weight, 0);
  return items.map(
    (it, i) => (i === baseItem ? baseTasks : 0) + (totalWeight > 0 ? (rest * it.weight) / totalWeight : 0),
  );
}

/**
 * Whole task counts from fractional shares: floor each, then hand the leftover tasks to the largest
 * remainders, ties to the earlier item. AWS does not document how uneven splits round; this is our
 * model's assumption (`split-rounding`), and every count stays within one task of its exact share.
 */
export function largestRemainder(shares: readonly number[], total: number): number[] {
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

/**
 * Tasks per item of a valid strategy for `desiredCount` tasks (base first, then weights, uneven
 * remainders by {@link largestRemainder}). Callers check {@link strategyProblems} first.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
 */
export function splitCounts(items: readonly StrategyItem[], desiredCount: number): number[] {
  return largestRemainder(idealShares(items, desiredCount), desiredCount);
}
