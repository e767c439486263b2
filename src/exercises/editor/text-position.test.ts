import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineNumbers, offsetOf } from './text-position.ts';

describe('offsetOf', () => {
  const text = '{\n  "family": "web",\n  "cpu": "256"\n}';

  it('finds a line and column', () => {
    expect(text.slice(offsetOf(text, 2, 3))).toMatch(/^"family"/);
    expect(offsetOf(text, 1, 1)).toBe(0);
  });

  it('clamps to the line and to the text', () => {
    expect(offsetOf(text, 1, 99)).toBe(1);
    expect(offsetOf(text, 99, 1)).toBe(text.length);
    expect(offsetOf(text, 2, 0)).toBe(2);
  });

  it('always lands inside the text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -5, max: 50 }),
        fc.integer({ min: -5, max: 50 }),
        (t, l, c) => {
          const offset = offsetOf(t, l, c);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(t.length);
        },
      ),
    );
  });
});

describe('lineNumbers', () => {
  it('numbers every line, the last one included', () => {
    expect(lineNumbers('a\nb\n')).toBe('1\n2\n3');
    expect(lineNumbers('')).toBe('1');
  });
});
