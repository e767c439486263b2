/**
 * Helpers for reading parsed input safely. Parsed objects have a null prototype, so keys such as
 * `__proto__` or `constructor` are plain data; these helpers never trust an input's shape.
 */

/** A parsed JSON/YAML object (null prototype). */
export type Obj = Record<string, unknown>;

const INTRINSIC = Symbol('cfn-intrinsic');

/** A CloudFormation intrinsic function (`Ref`, `Fn::Sub`, …) whose value is unknown until deploy. */
export interface Intrinsic {
  readonly [INTRINSIC]: string;
}

/** Marks a parsed object as an intrinsic function call. */
export function markIntrinsic(o: Obj, fn: string): Obj {
  Object.defineProperty(o, INTRINSIC, { value: fn, enumerable: false });
  return o;
}

/** True for a value that is a CloudFormation intrinsic function call. */
export function isIntrinsic(v: unknown): v is Intrinsic {
  return typeof v === 'object' && v !== null && INTRINSIC in v;
}

/** The intrinsic's function name (`Ref`, `Fn::GetAtt`, …). */
export function intrinsicName(v: Intrinsic): string {
  return v[INTRINSIC];
}

/** The intrinsic's argument (the value under its one key). */
export function intrinsicArg(v: Intrinsic): unknown {
  return (v as unknown as Record<string, unknown>)[v[INTRINSIC]];
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isIntrinsic(v);
}

export function newObj(): Obj {
  return Object.create(null) as Obj;
}

/** Own property lookup that ignores prototypes. */
export function get(o: unknown, key: string): unknown {
  if (!isObj(o)) return undefined;
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

export function has(o: unknown, key: string): boolean {
  return isObj(o) && Object.prototype.hasOwnProperty.call(o, key);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A number, or a string holding a plain decimal integer or number (CloudFormation coerces those). */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

export function arr(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Entries of an object's own keys. */
export function entries(o: unknown): [string, unknown][] {
  return isObj(o) ? Object.keys(o).map((k) => [k, o[k]]) : [];
}

/** Escapes one JSON-pointer token (RFC 6901). */
export function escapeToken(t: string | number): string {
  return String(t).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON pointer from a base pointer and tokens. */
export function ptr(base: string, ...tokens: readonly (string | number)[]): string {
  return base + tokens.map((t) => '/' + escapeToken(t)).join('');
}

/** Splits a JSON pointer into tokens. */
export function splitPointer(p: string): string[] {
  if (p === '') return [];
  return p
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Short printable form of any parsed value, for messages (never throws on null-prototype objects). */
export function show(v: unknown): string {
  if (typeof v === 'string') return v.length > 80 ? v.slice(0, 77) + '…' : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return '[…]';
  return typeof v === 'object' ? '{…}' : typeof v;
}

/**
 * A copy without object keys whose value is null: for the rules, `null` means "not set" (the
 * null itself is reported once by `input/null-value`). Array items keep their places.
 */
export function withoutNulls(v: unknown, depth = 0): unknown {
  if (depth > 120) return v;
  if (Array.isArray(v)) return v.map((x) => withoutNulls(x, depth + 1));
  if (!isObj(v)) return v;
  const out = newObj();
  for (const k of Object.keys(v)) if (v[k] !== null) out[k] = withoutNulls(v[k], depth + 1);
  return out;
}

/** True for what the deploy action counts as empty: null, '', and lists or objects of empties. */
export function isEmptyValue(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true;
  if (Array.isArray(v)) return v.every(isEmptyValue);
  if (isObj(v)) return Object.keys(v).every((k) => isEmptyValue(v[k]));
  return false;
}

/**
 * What aws-actions/amazon-ecs-deploy-task-definition does to a file before RegisterTaskDefinition:
 * empty values (null, '', empty lists and objects) are dropped and empty list items filtered out.
 * https://github.com/aws-actions/amazon-ecs-deploy-task-definition (index.js, cleanNullKeys)
 */
export function withoutEmptyValues(v: unknown, depth = 0): unknown {
  if (depth > 120) return v;
  if (Array.isArray(v)) return v.filter((x) => !isEmptyValue(x)).map((x) => withoutEmptyValues(x, depth + 1));
  if (!isObj(v)) return v;
  const out = newObj();
  for (const k of Object.keys(v)) if (!isEmptyValue(v[k])) out[k] = withoutEmptyValues(v[k], depth + 1);
  return out;
}
