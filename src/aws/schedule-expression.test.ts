import { describe, expect, it } from 'vitest';
import {
  cronMatches,
  cronWeekday,
  daysInMonth,
  isIanaTimeZone,
  parseScheduleExpression,
  type CronFields,
} from './schedule-expression.ts';

const ok = (s: string): boolean => parseScheduleExpression(s).ok;

function fields(expr: string): CronFields {
  const p = parseScheduleExpression(expr);
  if (!p.ok || p.schedule.kind !== 'cron') throw new Error(`not a cron: ${expr}`);
  return p.schedule.fields;
}

/** Days of a month on which a cron expression fires at 09:00. */
function daysMatching(expr: string, year: number, month: number): number[] {
  const f = fields(expr);
  const out: number[] = [];
  for (let day = 1; day <= daysInMonth(year, month); day += 1)
    if (cronMatches(f, { year, month, day, hour: 9, minute: 0, second: 0 })) out.push(day);
  return out;
}

describe('parseScheduleExpression', () => {
  it.each([
    'at(2026-12-31T23:59:59)',
    'at(2028-02-29T00:00:00)',
    'rate(1 minute)',
    'rate(5 minutes)',
    'rate(1 day)',
    'cron(30 6 ? * MON *)',
    'cron(0 9 ? * MON-FRI *)',
    'cron(0/15 8-18 * * ? 2026-2030)',
    'cron(0 9 L * ? *)',
    'cron(0 9 LW * ? *)',
    'cron(0 9 15W * ? *)',
    'cron(0 10 ? * 6L *)',
    'cron(0 10 ? * FRI#3 *)',
    'cron(0 0 1,15 JAN,jul ? *)',
  ])('accepts %s', (s) => {
    expect(ok(s)).toBe(true);
  });
  it.each([
    'cron(61 8 ? * * *)',
    'at(2026-13-01T00:00:00)',
    'at(2026-02-29T00:00:00)',
    'at(2026-01-01T24:00:00)',
    'rate(1 hours)',
    'rate(2 hour)',
    'rate(0 minutes)',
    'cron(0 9 * * MON *)',
    'cron(0 9 ? * ? *)',
    'cron(0 9 * * ?)',
    'cron(0 0 9 ? * MON *)',
    'cron(0 9 ? * 8 *)',
    'cron(0 9 32 * ? *)',
    'cron(0 9 ? * MON#6 *)',
    'cron(0 9 L,5 * ? *)',
    'cron(0 9 ? 13 ? *)',
    'cron(0 9 ? * MON 1969)',
    'cron(5-1 9 ? * MON *)',
    'cron(0/0 9 ? * MON *)',
    'cron(? 9 1 * ? *)',
    'every 5 minutes',
    '',
  ])('rejects %s with a reason in both languages', (s) => {
    const p = parseScheduleExpression(s);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.problem.en.length).toBeGreaterThan(5);
      expect(p.problem.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
  it('refuses non-strings without throwing', () => {
    expect(parseScheduleExpression(42).ok).toBe(false);
    expect(parseScheduleExpression(null).ok).toBe(false);
  });
  it('reads rate periods in minutes', () => {
    const p = parseScheduleExpression('rate(2 hours)');
    expect(p.ok && p.schedule).toEqual({ kind: 'rate', periodMinutes: 120 });
  });
});

describe('cron special characters', () => {
  it('counts weekdays from Sunday = 1', () => {
    expect(cronWeekday(2026, 12, 6)).toBe(1); // a Sunday
    expect(cronWeekday(2026, 12, 5)).toBe(7);
  });
  it('L is the last day of the month, leap years included', () => {
    expect(daysMatching('cron(0 9 L * ? *)', 2028, 2)).toEqual([29]);
    expect(daysMatching('cron(0 9 L * ? *)', 2026, 2)).toEqual([28]);
  });
  it('LW is the last weekday: 2026-01-31 is a Saturday, so the 30th', () => {
    expect(daysMatching('cron(0 9 LW * ? *)', 2026, 1)).toEqual([30]);
  });
  it('nW moves a weekend day to the nearest weekday within the month', () => {
    expect(daysMatching('cron(0 9 1W * ? *)', 2026, 8)).toEqual([3]); // Sat 1 Aug → Mon 3
    expect(daysMatching('cron(0 9 15W * ? *)', 2026, 3)).toEqual([16]); // Sun 15 Mar → Mon 16
    expect(daysMatching('cron(0 9 14W * ? *)', 2026, 3)).toEqual([13]); // Sat 14 Mar → Fri 13
    expect(daysMatching('cron(0 9 31W * ? *)', 2026, 2)).toEqual([]);
  });
  it('6L is the last Friday; FRI#3 the third Friday', () => {
    expect(daysMatching('cron(0 9 ? * 6L *)', 2026, 12)).toEqual([25]);
    expect(daysMatching('cron(0 9 ? * FRI#3 *)', 2026, 12)).toEqual([18]);
  });
});

describe('isIanaTimeZone', () => {
  it.each(['UTC', 'Asia/Tokyo', 'America/New_York', 'Etc/GMT+9', 'Pacific/Tahiti'])('accepts %s', (tz) => {
    expect(isIanaTimeZone(tz)).toBe(true);
  });
  it.each(['Mars/Olympus', '+09:00', 'JST-9', '', 42])('refuses %s', (tz) => {
    expect(isIanaTimeZone(tz)).toBe(false);
  });
});
