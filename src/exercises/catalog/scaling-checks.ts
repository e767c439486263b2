/** Goal checks over capacity provider strategies and scaling schedules, shared with the property tests. */
import {
  parseScheduleExpression,
  splitCounts,
  strategyProblems,
  type StrategyItem,
} from '../../aws/index.ts';
import { at, numberAt } from './query.ts';

/**
 * Share of tasks a strategy puts on one provider once `desired` tasks run, from the same split
 * the simulator uses (src/aws). A strategy ECS would refuse puts nothing anywhere: 0.
 */
export function providerShare(strategy: readonly unknown[], provider: string, desired: number): number {
  if (!Number.isInteger(desired) || desired <= 0) return 0;
  const inputs = strategy.map((item) => {
    const name = at(item, 'capacityProvider');
    const value = (key: string): number | undefined | 'unknown' =>
      at(item, key) === undefined ? undefined : (numberAt(item, key) ?? 'unknown');
    return {
      capacityProvider: typeof name === 'string' ? name : undefined,
      base: value('base'),
      weight: value('weight'),
    };
  });
  if (strategyProblems(inputs).length > 0) return 0;
  const items: StrategyItem[] = [];
  for (const it of inputs) {
    if (it.capacityProvider === undefined || it.base === 'unknown' || it.weight === 'unknown') return 0;
    items.push({ name: it.capacityProvider, base: it.base ?? 0, weight: it.weight ?? 0 });
  }
  const counts = splitCounts(items, desired);
  return items.reduce((sum, it, i) => sum + (it.name === provider ? (counts[i] ?? 0) : 0), 0) / desired;
}

const same = (set: ReadonlySet<number>, values: readonly number[]): boolean =>
  set.size === values.length && values.every((v) => set.has(v));

/** True when a schedule is a cron (the shared parser in src/aws) firing at hour:minute Monday to Friday, every month and year. */
export function firesWeekdaysAt(schedule: unknown, hour: number, minute: number): boolean {
  const parsed = parseScheduleExpression(schedule);
  if (!parsed.ok || parsed.schedule.kind !== 'cron') return false;
  const f = parsed.schedule.fields;
  return (
    same(f.minutes, [minute]) &&
    same(f.hours, [hour]) &&
    f.daysOfMonth === null &&
    f.daysOfWeek?.kind === 'days' &&
    same(f.daysOfWeek.days, [2, 3, 4, 5, 6]) &&
    f.months.size === 12 &&
    f.years === null
  );
}
