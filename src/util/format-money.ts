/**
 * One way to show US dollars everywhere: locale-aware (`ja` and `en` both write `$1,234.50`), with a
 * precision that suits the amount, and never the binary-float noise of `0.015168000000000003`.
 */

/** What an amount is: a total (cents) or a unit price (as many digits as price lists use). */
export type MoneyKind = 'total' | 'rate';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Formats US dollars for `lang`. Totals show cents; a non-zero total under one cent shows two
 * significant digits rather than `$0.00`. Rates (price per vCPU-hour, GB-hour, instance-hour) keep
 * up to six decimals, enough for every AWS price list entry we cite and short of float noise.
 * Anything that is not a finite number shows as an em dash.
 */
export function formatUsd(amount: number, lang: string, kind: MoneyKind = 'total'): string {
  if (!Number.isFinite(amount)) return '—';
  if (kind === 'rate')
    return formatter(lang, { minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(amount);
  if (amount !== 0 && Math.abs(amount) < 0.01)
    return formatter(lang, { maximumSignificantDigits: 2 }).format(amount);
  return formatter(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
}

/** A plain quantity (vCPUs, GB, hours) without float noise: at most four decimals, locale-aware. */
export function formatQuantity(value: number, lang: string): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 4 }).format(value);
}
