import { describe, expect, it } from 'vitest';
import { formatClockMs, formatClockSeconds } from './format-clock.ts';

describe('formatClockSeconds', () => {
  it('shows minutes and seconds, and hours from an hour on', () => {
    expect(formatClockSeconds(0)).toBe('0:00');
    expect(formatClockSeconds(75)).toBe('1:15');
    expect(formatClockSeconds(3725)).toBe('1:02:05');
  });

  it('rounds to the nearest second and never shows a negative time', () => {
    expect(formatClockSeconds(59.6)).toBe('1:00');
    expect(formatClockSeconds(-5)).toBe('0:00');
  });
});

describe('formatClockMs', () => {
  it('rounds a countdown up, so 0:00 means done', () => {
    expect(formatClockMs(600_000)).toBe('10:00');
    expect(formatClockMs(61_500)).toBe('1:02');
    expect(formatClockMs(1)).toBe('0:01');
    expect(formatClockMs(0)).toBe('0:00');
  });

  it('keeps counting minutes past an hour (a workshop block may be long)', () => {
    expect(formatClockMs(90 * 60_000)).toBe('90:00');
  });
});
