import { describe, expect, it } from 'vitest';
import { civilFromDays, civilToUtc, daysFromCivil, utcCivil, zonedToEpoch } from './civil-time.ts';
import { SimInputError } from './errors.ts';
import { nextScheduleTimes, parseSchedule } from './schedule-expression.ts';

const JAN1_2026 = civilToUtc({ year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
const DAY = 86_400_000;

describe('civil time', () => {
  it('round-trips days and knows 2026-01-01 is 20454 days after the epoch', () => {
    expect(daysFromCivil(2026, 1, 1)).toBe(20454);
    expect(civilFromDays(20454)).toEqual({ year: 2026, month: 1, day: 1 });
    expect(civilFromDays(daysFromCivil(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });
  it('Tokyo is UTC+9 and New York follows daylight saving', () => {
    expect(zonedToEpoch({ year: 2026, month: 1, day: 1, hour: 9, minute: 0, second: 0 }, 'Asia/Tokyo')).toBe(
      JAN1_2026,
    );
    const summer = zonedToEpoch(
      { year: 2026, month: 7, day: 1, hour: 8, minute: 0, second: 0 },
      'America/New_York',
    );
    expect(utcCivil(summer).hour).toBe(12);
  });
});

describe('schedule expressions', () => {
  it('cron at 09:00 Tokyo on weekdays fires at 00:00 UTC, Mon–Fri', () => {
    const times = nextScheduleTimes('cron(0 9 ? * MON-FRI *)', JAN1_2026, JAN1_2026 + 7 * DAY, 'Asia/Tokyo');
    expect(times.map((t) => utcCivil(t).day)).toEqual([1, 2, 5, 6, 7]);
    expect(times.every((t) => utcCivil(t).hour === 0 && utcCivil(t).minute === 0)).toBe(true);
  });
  it('cron steps and lists', () => {
    expect(nextScheduleTimes('cron(0/15 10,11 * * ? *)', JAN1_2026, JAN1_2026 + DAY)).toHaveLength(8);
  });
  it('rate(2 hours) first runs one period after the start', () => {
    const t = nextScheduleTimes('rate(2 hours)', JAN1_2026, JAN1_2026 + DAY);
    expect(t).toHaveLength(11);
    expect(t[0]).toBe(JAN1_2026 + 2 * 3_600_000);
  });
  it('at() is read in the given zone', () => {
    expect(nextScheduleTimes('at(2026-01-01T09:30:00)', JAN1_2026, JAN1_2026 + DAY, 'Asia/Tokyo')).toEqual([
      JAN1_2026 + 30 * 60_000,
    ]);
  });
  it.each([
    'cron(0 9 * * MON *)',
    'cron(0 9 ? * ? *)',
    'cron(0 9 LW-1 * ? *)',
    'cron(61 8 ? * * *)',
    'at(2026-13-01T00:00:00)',
    'cron(0 25 * * ? *)',
    'cron(0 9 * * ?)',
    'rate(1 hours)',
    'rate(0 minutes)',
    'at(2026-02-30T00:00:00)',
    'every 5 minutes',
  ])('rejects %s', (expr) => {
    expect(() => parseSchedule(expr)).toThrow(SimInputError);
  });
  it('rejects an unknown time zone', () => {
    expect(() => nextScheduleTimes('rate(1 hour)', 0, DAY, 'Mars/Olympus')).toThrow(/time zone/);
  });
});
