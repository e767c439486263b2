/**
 * Checks an operation input against the SDK model the way the AWS CLI (botocore) does before it
 * sends a request: unknown members, missing required members and wrong types, reported in
 * botocore's wording. Returns the input with timestamps as epoch milliseconds.
 */
import { shapeOf, type ShapeRef } from './api-model.ts';

const PY_TYPE: Record<string, string> = {
  s: "<class 'str'>",
  n: "<class 'int'>, <class 'float'>",
  b: "<class 'bool'>",
  ts: "<class 'datetime.datetime'>, timestamp string",
  list: "<class 'list'>, <class 'tuple'>",
  struct: "<class 'dict'>",
  map: "<class 'dict'>",
};

function pyTypeOf(v: unknown): string {
  if (typeof v === 'string') return "<class 'str'>";
  if (typeof v === 'boolean') return "<class 'bool'>";
  if (typeof v === 'number') return Number.isInteger(v) ? "<class 'int'>" : "<class 'float'>";
  if (Array.isArray(v)) return "<class 'list'>";
  if (v === null) return "<class 'NoneType'>";
  return "<class 'dict'>";
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function timestamp(v: unknown): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.getTime();
  if (typeof v === 'number' && Number.isFinite(v)) return v < 1e11 ? v * 1000 : v;
  if (typeof v === 'string' && v.trim() !== '') {
    if (/^\d+(\.\d+)?$/.test(v.trim())) return Number(v) * 1000;
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/** Validates `value` against `ref`; appends botocore-style messages to `errors`; returns the converted value. */
export function validateParams(
  ref: ShapeRef,
  value: unknown,
  path: string,
  errors: string[],
  depth = 0,
): unknown {
  if (errors.length > 20) return value;
  const name = path === '' ? 'input' : path;
  if (depth > 40) {
    errors.push(`Parameter ${name} is nested too deeply.`);
    return value;
  }
  const def = shapeOf(ref);
  const bad = (kind: string): unknown => {
    errors.push(
      `Invalid type for parameter ${name}, value: ${show(value)}, type: ${pyTypeOf(value)}, valid types: ${PY_TYPE[kind] ?? kind}`,
    );
    return value;
  };
  if (def === undefined) {
    if (ref === 's') return typeof value === 'string' ? value : bad('s');
    if (ref === 'n') return typeof value === 'number' && Number.isFinite(value) ? value : bad('n');
    if (ref === 'b') return typeof value === 'boolean' ? value : bad('b');
    if (ref === 'ts') return timestamp(value) ?? bad('ts');
    return value;
  }
  if (def.t === 'list') {
    if (!Array.isArray(value)) return bad('list');
    return value.map((v, i) => validateParams(def.v, v, `${name}[${i}]`, errors, depth + 1));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(def.t);
  const out: Record<string, unknown> = {};
  const obj = value as Record<string, unknown>;
  if (def.t === 'map') {
    for (const [k, v] of Object.entries(obj))
      out[k] = validateParams(def.v, v, `${name}.${k}`, errors, depth + 1);
    return out;
  }
  for (const r of def.r) {
    if (obj[r] === undefined) errors.push(`Missing required parameter in ${name}: "${r}"`);
  }
  const members = Object.keys(def.m);
  for (const [k, v] of Object.entries(obj)) {
    const member = def.m[k];
    if (member === undefined) {
      errors.push(`Unknown parameter in ${name}: "${k}", must be one of: ${members.join(', ')}`);
      continue;
    }
    if (v === undefined) continue;
    out[k] = validateParams(member, v, path === '' ? k : `${path}.${k}`, errors, depth + 1);
  }
  return out;
}

/** Converts an output value for `call`: timestamp members (epoch ms) become `Date`s; the rest is copied. */
export function toApiOutput(ref: ShapeRef, value: unknown): unknown {
  const def = shapeOf(ref);
  if (def === undefined) return ref === 'ts' && typeof value === 'number' ? new Date(value) : value;
  if (def.t === 'list') return Array.isArray(value) ? value.map((v) => toApiOutput(def.v, v)) : value;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    out[k] = toApiOutput(def.t === 'map' ? def.v : (def.m[k] ?? 'doc'), v);
  }
  return out;
}
