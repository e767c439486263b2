import { isIanaTimeZone } from '../aws/index.ts';
import { SimInputError } from './errors.ts';

// Civil-date arithmetic without the Date global (days-from-civil after Howard Hinnant), and
// time-zone offsets from Intl.DateTimeFormat. Timestamps are epoch milliseconds.

/** A wall-clock date and time. Month is 1–12. */
export interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Days since 1970-01-01 for a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Civil UTC time of an epoch-millisecond timestamp. */
export function utcCivil(ms: number): CivilTime {
  const days = Math.floor(ms / DAY);
  const rest = ms - days * DAY;
  return {
    ...civilFromDays(days),
    hour: Math.floor(rest / 3_600_000),
    minute: Math.floor((rest % 3_600_000) / MINUTE),
    second: Math.floor((rest % MINUTE) / 1000),
  };
}

/** Epoch milliseconds of a civil UTC time. */
export function civilToUtc(c: CivilTime): number {
  return (
    daysFromCivil(c.year, c.month, c.day) * DAY + c.hour * 3_600_000 + c.minute * MINUTE + c.second * 1000
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, field: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new SimInputError(
        'UNKNOWN_VALUE',
        field,
        `${field} ${JSON.stringify(timeZone)} is not a known IANA time zone.`,
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a SimInputError unless `timeZone` is an IANA zone name (the check in src/aws, shared with the grader). */
export function validateTimeZone(timeZone: unknown, field: string): string {
  if (typeof timeZone !== 'string' || timeZone.length === 0) {
    throw new SimInputError(
      'INVALID_VALUE',
      field,
      `${field} must be an IANA time zone name such as Asia/Tokyo.`,
    );
  }
  if (!isIanaTimeZone(timeZone)) {
    throw new SimInputError(
      'UNKNOWN_VALUE',
      field,
      `${field} ${JSON.stringify(timeZone)} is not a known IANA time zone.`,
    );
  }
  formatter(timeZone, field);
  return timeZone;
}

/** Wall-clock time of `ms` in `timeZone` (e.g. `Asia/Tokyo`). */
export function zonedCivil(ms: number, timeZone: string): CivilTime {
  if (timeZone === 'UTC') return utcCivil(ms);
  const parts = formatter(timeZone, 'timezone').formatToParts(ms);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset of `timeZone` from UTC at `ms`, in milliseconds. */
export function zoneOffset(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return civilToUtc(zonedCivil(whole, timeZone)) - whole;
}

/** Epoch milliseconds of a wall-clock time in `timeZone` (the earlier instant in a DST overlap). */
export function zonedToEpoch(c: CivilTime, timeZone: string): number {
  const guess = civilToUtc(c);
  const first = guess - zoneOffset(guess, timeZone);
  const second = guess - zoneOffset(first, timeZone);
  return Math.min(first, second);
}

/**
 * Returns a fast `ms → wall-clock time` converter for one zone. Offsets are looked up once per
 * UTC quarter-hour, the finest granularity at which current zones change offset.
 */
export function zoneClock(timeZone: string): (ms: number) => CivilTime {
  if (timeZone === 'UTC') return utcCivil;
  const cache = new Map<number, number>();
  return (ms) => {
    const bucket = Math.floor(ms / 900_000);
    let offset = cache.get(bucket);
    if (offset === undefined) {
      offset = zoneOffset(bucket * 900_000, timeZone);
      cache.set(bucket, offset);
    }
    return utcCivil(ms + offset);
  };
}
