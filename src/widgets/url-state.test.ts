import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, readStateParam, withStateParam, withAnchor } from './url-state.ts';

describe('widget URL state', () => {
  it('round-trips JSON values, Japanese text included (prototype keys aside, which are dropped)', () => {
    const dropPrototypeKeys = (key: string, value: unknown) =>
      key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        expect(decodeState(encodeState(value))).toEqual(JSON.parse(JSON.stringify(value), dropPrototypeKeys));
      }),
      { numRuns: 300 },
    );
    expect(decodeState(encodeState({ label: 'タスク定義' }))).toEqual({ label: 'タスク定義' });
  });

  it('returns undefined for malformed, oversized or foreign values instead of throwing', () => {
    expect(decodeState('%%%')).toBeUndefined();
    expect(decodeState('bm90IGpzb24')).toBeUndefined(); // "not json"
    expect(decodeState('A'.repeat(5000))).toBeUndefined();
    expect(decodeState('')).toBeUndefined();
    expect(decodeState(null)).toBeUndefined();
    expect(decodeState('_w')).toBeUndefined(); // invalid UTF-8
  });

  it('drops __proto__ keys so a shared link cannot pollute prototypes', () => {
    const encoded = encodeState(JSON.parse('{"a":1,"__proto__":{"polluted":true}}'));
    const decoded = decodeState(encoded) as Record<string, unknown>;
    expect(decoded).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('sets and reads one parameter without touching the others', () => {
    const url = withStateParam(new URL('https://dojo.example/sandbox/?lang=ja#top'), 'split', { n: 10 });
    expect(url.searchParams.get('lang')).toBe('ja');
    expect(url.hash).toBe('#top');
    expect(readStateParam(url, 'split')).toEqual({ n: 10 });
    expect(withStateParam(url, 'split', undefined).searchParams.has('split')).toBe(false);
  });
});

describe('withAnchor', () => {
  it('points the link at the widget, keeping its state', () => {
    const url = new URL('https://example.test/en/sandbox/?split=abc#old');
    expect(withAnchor(url, 'split-title').href).toBe(
      'https://example.test/en/sandbox/?split=abc#split-title',
    );
    expect(withAnchor(url, undefined).href).toBe('https://example.test/en/sandbox/?split=abc');
  });
});
