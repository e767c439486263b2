import { describe, expect, it } from 'vitest';
import { formatQuantity, formatUsd } from './format-money.ts';

describe('formatUsd', () => {
  it('shows totals with cents, in both languages', () => {
    expect(formatUsd(1234.5, 'en')).toBe('$1,234.50');
    expect(formatUsd(1234.5, 'ja')).toBe('$1,234.50');
    expect(formatUsd(0, 'en')).toBe('$0.00');
    expect(formatUsd(0.1 + 0.2, 'en')).toBe('$0.30');
  });

  it('shows a non-zero total under a cent instead of $0.00', () => {
    expect(formatUsd(0.004445, 'en')).toBe('$0.0044');
    expect(formatUsd(-0.004, 'en')).toBe('-$0.004');
  });

  it('shows rates with price-list precision and no float noise', () => {
    expect(formatUsd(0.015168000000000003, 'en', 'rate')).toBe('$0.015168');
    expect(formatUsd(0.04048, 'ja', 'rate')).toBe('$0.04048');
    expect(formatUsd(0.5, 'en', 'rate')).toBe('$0.50');
  });

  it('never prints NaN or Infinity', () => {
    expect(formatUsd(Number.NaN, 'en')).toBe('—');
    expect(formatUsd(Number.POSITIVE_INFINITY, 'ja', 'rate')).toBe('—');
  });
});

describe('formatQuantity', () => {
  it('drops float noise and groups thousands', () => {
    expect(formatQuantity(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatQuantity(2920, 'en')).toBe('2,920');
    expect(formatQuantity(Number.NaN, 'ja')).toBe('—');
  });
});
