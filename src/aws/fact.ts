/**
 * The fact ledger: every AWS fact in `src/aws` is declared with `fact()`, so it carries the page
 * it comes from and the day someone last compared it with that page. Pages list the ledger and
 * `npm run facts` reports entries that have not been re-checked for a year.
 */

/** How sure we are: `aws` = AWS documentation or an AWS model; `second-hand` = a third party quoting AWS. */
export type FactConfidence = 'aws' | 'second-hand';

/** Where a fact comes from and when it was last compared with its sources. */
export interface FactSource {
  /** Stable identifier, e.g. `fargate-task-sizes`. */
  readonly id: string;
  /** Where it comes from: the first URL is the primary source. */
  readonly sources: readonly [string, ...string[]];
  /** ISO date (yyyy-mm-dd) on which the value was last compared with its sources. */
  readonly checked: string;
  readonly confidence: FactConfidence;
}

/** A fact with its value, as the code uses it. Its description lives in `fact-text.ts`. */
export interface Fact<T> extends FactSource {
  readonly value: T;
}

/** What the ledger shows about a fact: its source, date and what it says, without its value. */
export interface FactEntry extends FactSource {
  /** One sentence saying what the fact is, in English. */
  readonly en: string;
  /** The same in Japanese. */
  readonly ja: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or undefined when it is not a real calendar date. */
export function isoDateDays(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return ms / 86_400_000;
}

/** Declares a fact; throws at module load if its source or date is malformed, so a bad entry cannot ship. */
export function fact<T>(entry: Fact<T>): Fact<T> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id))
    throw new Error(`fact id "${entry.id}" is not kebab-case`);
  for (const url of entry.sources)
    if (!url.startsWith('https://')) throw new Error(`fact ${entry.id}: source "${url}" is not an https URL`);
  if (isoDateDays(entry.checked) === undefined)
    throw new Error(`fact ${entry.id}: checked "${entry.checked}" is not a yyyy-mm-dd date`);
  return Object.freeze(entry);
}

/** The ledger view of a fact: its source and date with its description, without the value. */
export function ledgerEntry(f: FactSource, text: { en: string; ja: string }): FactEntry {
  const { id, sources, checked, confidence } = f;
  return { id, en: text.en, ja: text.ja, sources, checked, confidence };
}

/**
 * Facts whose `checked` date is `months` or more calendar months before `today` (yyyy-mm-dd),
 * oldest first. A fact checked on 2025-12-06 is due on 2026-12-06 with the default 12 months.
 */
export function staleFacts<F extends FactEntry>(facts: readonly F[], today: string, months = 12): F[] {
  const now = isoDateDays(today);
  if (now === undefined) throw new Error(`today "${today}" is not a yyyy-mm-dd date`);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const [year, month] = [Math.floor(total / 12), total % 12];
  // The same day of the month `months` earlier, or that month's last day (31 March − 1 month = 28 February).
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = Date.UTC(year, month, Math.min(d, lastDay)) / 86_400_000;
  return facts
    .filter((f) => (isoDateDays(f.checked) ?? -Infinity) <= cutoff)
    .sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id));
}
