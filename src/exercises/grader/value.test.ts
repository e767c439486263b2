import { describe, expect, it } from 'vitest';
import { isEmptyValue, withoutEmptyValues, withoutNulls } from './value.ts';

describe('withoutNulls', () => {
  it('drops null object keys at any depth and keeps list places', () => {
    const v = { a: null, b: { c: null, d: 1 }, e: [null, { f: null, g: 'x' }] };
    expect(JSON.parse(JSON.stringify(withoutNulls(v)))).toEqual({ b: { d: 1 }, e: [null, { g: 'x' }] });
  });
});

describe('withoutEmptyValues (what the GitHub Action sends)', () => {
  it('drops nulls, empty strings and empty lists or objects, and filters empty list items', () => {
    const v = { a: null, b: '', c: [], d: {}, e: [null, '', 'x'], f: { g: [] }, h: 0, i: false };
    expect(JSON.parse(JSON.stringify(withoutEmptyValues(v)))).toEqual({ e: ['x'], h: 0, i: false });
  });

  it('counts nested empties as empty', () => {
    expect(isEmptyValue({ a: [null, { b: '' }] })).toBe(true);
    expect(isEmptyValue({ a: [0] })).toBe(false);
  });
});
