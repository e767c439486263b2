import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template.ts';

describe('fillTemplate', () => {
  it('fills every placeholder, numbers included, as often as it appears', () => {
    expect(fillTemplate('{n} of {total}: {n}', { n: 2, total: '5' })).toBe('2 of 5: 2');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(fillTemplate('第{n}章 {missing}', { n: 3 })).toBe('第3章 {missing}');
  });

  it('does not take inherited names for values', () => {
    expect(fillTemplate('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('reads only word characters as a name', () => {
    expect(fillTemplate('{ n } {n-1} {}', { n: 1 })).toBe('{ n } {n-1} {}');
  });
});
