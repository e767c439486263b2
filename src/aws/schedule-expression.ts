/**
 * Application Auto Scaling schedule expressions, parsed once for everyone: `at(…)`, `rate(…)` and
 * six-field `cron(…)` with the L, W and # special characters, plus the time zone check.
 */
import { fact } from './fact.ts';

const PUT_SCHEDULED_ACTION =
  'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html';
const CRON_PAGE =
  'https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html';

/** The documented schedule formats and cron field ranges. */
export const SCHEDULE_FORMATS_FACT = /* @__PURE__ */ fact({
  id: 'schedule-expression-formats',
  sources: [
    PUT_SCHEDULED_ACTION,
    CRON_PAGE,
    'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: {
    fields: [
      { name: 'minutes', min: 0, max: 59 },
      { name: 'hours', min: 0, max: 23 },
      { name: 'day-of-month', min: 1, max: 31 },
      { name: 'month', min: 1, max: 12 },
      { name: 'day-of-week', min: 1, max: 7 },
      { name: 'year', min: 1970, max: 2199 },
    ],
    rateUnits: ['minute', 'minutes', 'hour', 'hours', 'day', 'days'],
  },
});

/** Time zones: UTC by default; otherwise a canonical IANA name, with daylight saving followed. */
export const SCHEDULE_TIME_ZONE_FACT = /* @__PURE__ */ fact({
  id: 'schedule-time-zone',
  sources: [PUT_SCHEDULED_ACTION, CRON_PAGE],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { default: 'UTC' },
});

/** A date and time as written in an `at(…)` expression. Month is 1–12. */
export interface ScheduleCivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Day-of-month field: plain days, or one of the special forms. */
export type DayOfMonthSpec =
  | { kind: 'days'; days: ReadonlySet<number> }
  | { kind: 'last' }
  | { kind: 'last-weekday' }
  | { kind: 'nearest-weekday'; day: number };

/** Day-of-week field (1 = Sunday … 7 = Saturday): plain days, the last given weekday, or the nth. */
export type DayOfWeekSpec =
  | { kind: 'days'; days: ReadonlySet<number> }
  | { kind: 'last'; weekday: number }
  | { kind: 'nth'; weekday: number; nth: number };

/** Allowed values of each cron field; `null` means `?` (day fields) or `*` (year). */
export interface CronFields {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: DayOfMonthSpec | null;
  months: ReadonlySet<number>;
  daysOfWeek: DayOfWeekSpec | null;
  years: ReadonlySet<number> | null;
}

/** A parsed schedule expression. */
export type ScheduleExpression =
  | { kind: 'at'; civil: ScheduleCivilTime }
  | { kind: 'rate'; periodMinutes: number }
  | { kind: 'cron'; fields: CronFields };

/** Why an expression is invalid, in both languages. */
export interface ScheduleProblem {
  en: string;
  ja: string;
}

/** Result of {@link parseScheduleExpression}. */
export type ScheduleParse =
  { ok: true; schedule: ScheduleExpression } | { ok: false; problem: ScheduleProblem };

class Invalid extends Error {
  readonly problem: ScheduleProblem;
  constructor(problem: ScheduleProblem) {
    super(problem.en);
    this.problem = problem;
  }
}

function invalid(en: string, ja: string): never {
  throw new Invalid({ en, ja });
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day of week of a date, 1 = Sunday … 7 = Saturday (Zeller-free: counted from 1970-01-01, a Thursday). */
export function cronWeekday(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const days = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  return ((((days + 4) % 7) + 7) % 7) + 1;
}

interface FieldSpec {
  name: string;
  ja: string;
  min: number;
  max: number;
  names: readonly string[] | null;
}

function fieldValue(s: string, f: FieldSpec): number {
  const named = f.names?.indexOf(s.toUpperCase()) ?? -1;
  if (named >= 0) return named + 1;
  if (!/^\d+$/.test(s)) invalid(`${f.name}: "${s}" is not a number`, `${f.ja}: "${s}" は数値ではありません`);
  const n = Number(s);
  if (n < f.min || n > f.max)
    invalid(
      `${f.name}: ${n} is outside ${f.min}–${f.max}`,
      `${f.ja}: ${n} は ${f.min}〜${f.max} の範囲外です`,
    );
  return n;
}

function parseSet(text: string, f: FieldSpec): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const pieces = part.split('/');
    if (pieces.length > 2 || pieces[0] === '')
      invalid(
        `${f.name}: "${part}" is not a value, range or step`,
        `${f.ja}: "${part}" は値・範囲・間隔のどれでもありません`,
      );
    const [range = '', stepText] = pieces;
    const step = stepText === undefined ? 1 : /^\d+$/.test(stepText) ? Number(stepText) : NaN;
    if (!Number.isInteger(step) || step < 1)
      invalid(
        `${f.name}: step "${stepText ?? ''}" must be a positive whole number`,
        `${f.ja}: 間隔 "${stepText ?? ''}" は 1 以上の整数です`,
      );
    let lo: number;
    let hi: number;
    if (range === '*') [lo, hi] = [f.min, f.max];
    else if (range.includes('-')) {
      const ends = range.split('-');
      if (ends.length !== 2)
        invalid(`${f.name}: "${range}" is not a range`, `${f.ja}: "${range}" は範囲として不正です`);
      lo = fieldValue(ends[0] ?? '', f);
      hi = fieldValue(ends[1] ?? '', f);
    } else {
      lo = fieldValue(range, f);
      hi = stepText === undefined ? lo : f.max;
    }
    if (lo > hi) invalid(`${f.name}: range ${range} runs backwards`, `${f.ja}: 範囲 ${range} が逆順です`);
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

const F_MIN: FieldSpec = { name: 'minutes', ja: '分', min: 0, max: 59, names: null };
const F_HOUR: FieldSpec = { name: 'hours', ja: '時', min: 0, max: 23, names: null };
const F_DOM: FieldSpec = { name: 'day-of-month', ja: '日', min: 1, max: 31, names: null };
const F_MONTH: FieldSpec = { name: 'month', ja: '月', min: 1, max: 12, names: MONTHS };
const F_DOW: FieldSpec = { name: 'day-of-week', ja: '曜日', min: 1, max: 7, names: DAYS };
const F_YEAR: FieldSpec = { name: 'year', ja: '年', min: 1970, max: 2199, names: null };

function parseDayOfMonth(text: string): DayOfMonthSpec {
  if (text === 'L') return { kind: 'last' };
  if (text === 'LW') return { kind: 'last-weekday' };
  const w = /^(\d+)W$/.exec(text);
  if (w) return { kind: 'nearest-weekday', day: fieldValue(w[1] ?? '', F_DOM) };
  if (/[LW#]/i.test(text))
    invalid('day-of-month: L and W stand alone (L, LW or nW)', '日: L と W は単独で使います（L、LW、nW）');
  return { kind: 'days', days: parseSet(text, F_DOM) };
}

function parseDayOfWeek(text: string): DayOfWeekSpec {
  if (text === 'L') return { kind: 'days', days: new Set([7]) };
  const last = /^(\w+)L$/.exec(text);
  if (last) return { kind: 'last', weekday: fieldValue(last[1] ?? '', F_DOW) };
  const nth = /^(\w+)#(\d+)$/.exec(text);
  if (nth) {
    const n = Number(nth[2]);
    if (n < 1 || n > 5) invalid(`day-of-week: #${n} must be #1 to #5`, `曜日: #${n} は #1〜#5 です`);
    return { kind: 'nth', weekday: fieldValue(nth[1] ?? '', F_DOW), nth: n };
  }
  if (/[L#]/i.test(text) && !/^(?:SUN|MON|TUE|WED|THU|FRI|SAT)$/i.test(text))
    invalid('day-of-week: L and # stand alone (L, nL or n#k)', '曜日: L と # は単独で使います（L、nL、n#k）');
  return { kind: 'days', days: parseSet(text, F_DOW) };
}

function parseAt(m: RegExpExecArray): ScheduleExpression {
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    invalid('the date or time does not exist', 'その日付または時刻は存在しません');
  return { kind: 'at', civil: { year, month, day, hour, minute, second } };
}

function parseRate(m: RegExpExecArray): ScheduleExpression {
  const n = Number(m[1]);
  const unit = m[2] ?? 'minutes';
  if (n < 1) invalid('the rate must be at least 1', 'rate は 1 以上です');
  if ((n === 1) !== !unit.endsWith('s'))
    invalid(
      'use the singular unit for 1 and the plural otherwise (rate(1 hour), rate(5 minutes))',
      '1 のときは単数形、それ以外は複数形の単位です（rate(1 hour)、rate(5 minutes)）',
    );
  const per = unit.startsWith('minute') ? 1 : unit.startsWith('hour') ? 60 : 1440;
  return { kind: 'rate', periodMinutes: n * per };
}

function parseCron(body: string): ScheduleExpression {
  const parts = body.trim().split(/\s+/);
  if (parts.length !== 6)
    invalid(
      `cron needs 6 fields (minutes hours day-of-month month day-of-week year), got ${parts.length}`,
      `cron は 6 フィールド（分 時 日 月 曜日 年）です（今は ${parts.length}）`,
    );
  const [mi = '', ho = '', dom = '', mo = '', dow = '', yr = ''] = parts;
  if ((dom === '?') === (dow === '?'))
    invalid(
      'exactly one of day-of-month and day-of-week must be ?',
      '日と曜日のどちらか一方だけを ? にします',
    );
  for (const [text, f] of [
    [mi, F_MIN],
    [ho, F_HOUR],
    [mo, F_MONTH],
    [yr, F_YEAR],
  ] as const)
    if (text.includes('?'))
      invalid(`${f.name}: ? is only for the day fields`, `${f.ja}: ? は日と曜日だけで使えます`);
  return {
    kind: 'cron',
    fields: {
      minutes: parseSet(mi, F_MIN),
      hours: parseSet(ho, F_HOUR),
      daysOfMonth: dom === '?' ? null : parseDayOfMonth(dom),
      months: parseSet(mo, F_MONTH),
      daysOfWeek: dow === '?' ? null : parseDayOfWeek(dow),
      years: yr === '*' ? null : parseSet(yr, F_YEAR),
    },
  };
}

/**
 * Parses an Application Auto Scaling schedule expression. The one parser of the project: the
 * simulator, the grader and the widgets all call it, so they accept exactly the same inputs.
 * @see https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html
 * @see https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
 */
export function parseScheduleExpression(expression: unknown): ScheduleParse {
  try {
    if (typeof expression !== 'string') invalid('it must be a string', '文字列で書きます');
    const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/.exec(expression);
    if (at) return { ok: true, schedule: parseAt(at) };
    const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
    if (rate) return { ok: true, schedule: parseRate(rate) };
    const cron = /^cron\((.*)\)$/.exec(expression);
    if (cron) return { ok: true, schedule: parseCron(cron[1] ?? '') };
    return invalid('use at(…), rate(…) or cron(…)', 'at(…)、rate(…)、cron(…) のいずれかで書きます');
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.problem };
    throw error;
  }
}

function domMatches(spec: DayOfMonthSpec, year: number, month: number, day: number): boolean {
  const last = daysInMonth(year, month);
  switch (spec.kind) {
    case 'days':
      return spec.days.has(day);
    case 'last':
      return day === last;
    case 'last-weekday': {
      const wd = cronWeekday(year, month, last);
      return day === (wd === 1 ? last - 2 : wd === 7 ? last - 1 : last);
    }
    case 'nearest-weekday': {
      if (spec.day > last) return false;
      const wd = cronWeekday(year, month, spec.day);
      let target = spec.day;
      if (wd === 7) target = spec.day === 1 ? 3 : spec.day - 1;
      else if (wd === 1) target = spec.day === last ? spec.day - 2 : spec.day + 1;
      return day === target;
    }
  }
}

function dowMatches(spec: DayOfWeekSpec, year: number, month: number, day: number): boolean {
  const wd = cronWeekday(year, month, day);
  switch (spec.kind) {
    case 'days':
      return spec.days.has(wd);
    case 'last':
      return wd === spec.weekday && day + 7 > daysInMonth(year, month);
    case 'nth':
      return wd === spec.weekday && Math.ceil(day / 7) === spec.nth;
  }
}

/** True when a wall-clock minute matches cron fields (L, W and # included). */
export function cronMatches(fields: CronFields, c: ScheduleCivilTime): boolean {
  if (!fields.minutes.has(c.minute) || !fields.hours.has(c.hour) || !fields.months.has(c.month)) return false;
  if (fields.years !== null && !fields.years.has(c.year)) return false;
  if (fields.daysOfMonth !== null && !domMatches(fields.daysOfMonth, c.year, c.month, c.day)) return false;
  if (fields.daysOfWeek !== null && !dowMatches(fields.daysOfWeek, c.year, c.month, c.day)) return false;
  return true;
}

/**
 * True when the runtime knows `tz` as an IANA zone name (Intl is in every browser and in Node).
 * Offsets such as "+09:00" are refused: AWS takes zone names only.
 * @see https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html
 */
export function isIanaTimeZone(tz: unknown): boolean {
  if (typeof tz !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(tz)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === tz.toLowerCase() || tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}
