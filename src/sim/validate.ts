import { SimInputError } from './errors.ts';

/** Throws unless `value` is a finite number within `min..max` (inclusive). */
export function requireNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new SimInputError('NOT_A_NUMBER', field, `${field} must be a finite number, got ${String(value)}.`);
  }
  if (value < min || value > max) {
    throw new SimInputError(
      'OUT_OF_RANGE',
      field,
      `${field} must be between ${min} and ${max}, got ${value}.`,
    );
  }
  return value;
}

/** Throws unless `value` is an integer within `min..max` (inclusive). */
export function requireInteger(value: unknown, field: string, min: number, max: number): number {
  requireNumber(value, field, -Infinity, Infinity);
  if (!Number.isInteger(value)) {
    throw new SimInputError(
      'NOT_AN_INTEGER',
      field,
      `${field} must be a whole number, got ${String(value)}.`,
    );
  }
  return requireNumber(value, field, min, max);
}

/** Like {@link requireInteger} but returns `fallback` when `value` is undefined. */
export function optionalInteger(
  value: unknown,
  field: string,
  min: number,
  max: number,
  fallback: number,
): number {
  return value === undefined ? fallback : requireInteger(value, field, min, max);
}

/** Like {@link requireNumber} but returns `fallback` when `value` is undefined. */
export function optionalNumber(
  value: unknown,
  field: string,
  min: number,
  max: number,
  fallback: number,
): number {
  return value === undefined ? fallback : requireNumber(value, field, min, max);
}

/** Throws unless `value` is one of `allowed`. */
export function requireOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new SimInputError(
      'UNKNOWN_VALUE',
      field,
      `${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}.`,
    );
  }
  return value as T;
}

/** Throws unless `value` is a boolean; returns `fallback` when undefined. */
export function optionalBoolean(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throw new SimInputError(
      'INVALID_VALUE',
      field,
      `${field} must be true or false, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** Throws unless `value` is a non-null object. */
export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SimInputError('INVALID_VALUE', field, `${field} must be an object.`);
  }
  return value as Record<string, unknown>;
}

/**
 * `Array.isArray` that keeps a typed list's element type: the built-in narrows a readonly array to
 * `any[]`, which would let unchecked `any` flow through the validation that follows.
 */
export function isList<T>(value: T): value is Extract<T, readonly unknown[]> {
  return Array.isArray(value);
}
