import {
  civilFromDays,
  daysFromCivil,
  validateTimeZone,
  weekday,
  zoneClock,
  zonedToEpoch,
  type CivilTime,
} from './civil-time.ts';
import { SimInputError } from './errors.ts';

// AWS reference: https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html
// and https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html

/** A parsed `at(…)`, `rate(…)` or `cron(…)` expression. */
export type ScheduleExpression =
  | {
      kind: 'at';
      civil: { year: number; month: number; day: number; hour: number; minute: number; second: number };
    }
  | { kind: 'rate'; periodMinutes: number }
  | { kind: 'cron'; fields: CronFields };

/** Allowed values of each cron field; `null` means `?` (no restriction from this field). */
export interface CronFields {
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: Set<number> | null;
  months: Set<number>;
  /** 1 = Sunday … 7 = Saturday, as in AWS cron. */
  daysOfWeek: Set<number> | null;
  years: Set<number> | null;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function bad(field: string, expression: string, why: string): never {
  throw new SimInputError(
    'INVALID_EXPRESSION',
    field,
    `${field} ${JSON.stringify(expression)} is not valid: ${why}.`,
  );
}

function parseField(
  text: string,
  min: number,
  max: number,
  names: string[] | null,
  field: string,
  expr: string,
): Set<number> {
  const out = new Set<number>();
  const value = (s: string): number => {
    const upper = s.toUpperCase();
    const named = names?.indexOf(upper) ?? -1;
    if (named >= 0) return named + 1;
    if (!/^\d+$/.test(s))
      bad(field, expr, `${s} is not a number${/[LW#]/.test(s) ? ' (L, W and # are not supported)' : ''}`);
    const n = Number(s);
    if (n < min || n > max) bad(field, expr, `${n} is outside ${min}–${max}`);
    return n;
  };
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1)
      bad(field, expr, `step ${stepText ?? ''} must be a positive whole number`);
    let lo: number;
    let hi: number;
    if (range === '*') {
      lo = min;
      hi = max;
    } else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      lo = value(a);
      hi = value(b);
    } else {
      lo = value(range);
      hi = stepText === undefined ? lo : max;
    }
    if (lo > hi) bad(field, expr, `range ${range} runs backwards`);
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

/**
 * Parses an Application Auto Scaling schedule: `at(yyyy-mm-ddThh:mm:ss)`, `rate(N unit)` or a
 * six-field `cron(Min Hour DoM Month DoW Year)`. Exactly one of day-of-month and day-of-week must
 * be `?`. L, W and # are rejected (assumption `cron-subset`).
 * @see https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html
 */
export function parseSchedule(expression: string, field = 'schedule'): ScheduleExpression {
  if (typeof expression !== 'string') bad(field, String(expression), 'it must be a string');
  const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/.exec(expression);
  if (at !== null) {
    const [year, month, day, hour, minute, second] = at.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const back = civilFromDays(daysFromCivil(year, month, day));
    if (back.month !== month || back.day !== day || hour > 23 || minute > 59 || second > 59) {
      bad(field, expression, 'the date or time does not exist');
    }
    return { kind: 'at', civil: { year, month, day, hour, minute, second } };
  }
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate !== null) {
    const n = Number(rate[1]);
    const unit = rate[2] ?? 'minutes';
    if (n < 1) bad(field, expression, 'the rate must be at least 1');
    if ((n === 1) !== !unit.endsWith('s'))
      bad(field, expression, 'use a singular unit for 1 and plural otherwise');
    const per = unit.startsWith('minute') ? 1 : unit.startsWith('hour') ? 60 : 1440;
    return { kind: 'rate', periodMinutes: n * per };
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron === null) bad(field, expression, 'use at(…), rate(…) or cron(…)');
  const parts = (cron[1] ?? '').trim().split(/\s+/);
  if (parts.length !== 6)
    bad(field, expression, 'cron needs 6 fields: minutes hours day-of-month month day-of-week year');
  const [mi = '', ho = '', dom = '', mo = '', dow = '', yr = ''] = parts;
  if ((dom === '?') === (dow === '?'))
    bad(field, expression, 'exactly one of day-of-month and day-of-week must be ?');
  return {
    kind: 'cron',
    fields: {
      minutes: parseField(mi, 0, 59, null, field, expression),
      hours: parseField(ho, 0, 23, null, field, expression),
      daysOfMonth: dom === '?' ? null : parseField(dom, 1, 31, null, field, expression),
      months: parseField(mo, 1, 12, MONTHS, field, expression),
      daysOfWeek: dow === '?' ? null : parseField(dow, 1, 7, DAYS, field, expression),
      years: yr === '*' ? null : parseField(yr, 1970, 2199, null, field, expression),
    },
  };
}

/** True when the wall-clock minute `c` matches a cron expression. */
export function cronMatches(fields: CronFields, c: CivilTime): boolean {
  if (!fields.minutes.has(c.minute) || !fields.hours.has(c.hour) || !fields.months.has(c.month)) return false;
  if (fields.years !== null && !fields.years.has(c.year)) return false;
  if (fields.daysOfMonth !== null && !fields.daysOfMonth.has(c.day)) return false;
  if (
    fields.daysOfWeek !== null &&
    !fields.daysOfWeek.has(weekday(daysFromCivil(c.year, c.month, c.day)) + 1)
  ) {
    return false;
  }
  return true;
}

/**
 * Times (epoch ms, whole minutes) in `[from, to)` at which a schedule runs. `rate` counts from
 * `from` and first runs one period later (assumption `rate-first-run`); `at` and `cron` are read
 * in `timeZone` (UTC by default; an IANA name such as `Asia/Tokyo` follows daylight saving).
 * @see https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
 */
export function nextScheduleTimes(expression: string, from: number, to: number, timeZone = 'UTC'): number[] {
  const parsed = parseSchedule(expression);
  validateTimeZone(timeZone, 'timezone');
  if (parsed.kind === 'at') {
    const t = zonedToEpoch(parsed.civil, timeZone);
    return t >= from && t < to ? [t] : [];
  }
  const out: number[] = [];
  if (parsed.kind === 'rate') {
    for (let t = from + parsed.periodMinutes * 60_000; t < to; t += parsed.periodMinutes * 60_000)
      out.push(t);
    return out;
  }
  const clock = zoneClock(timeZone);
  const start = Math.ceil(from / 60_000) * 60_000;
  for (let t = start; t < to; t += 60_000) if (cronMatches(parsed.fields, clock(t))) out.push(t);
  return out;
}
