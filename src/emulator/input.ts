/** Typed readers for an operation's input (already checked against the API model's types). */

/** An operation input. */
export type Input = Record<string, unknown>;

/** A string member, or undefined. */
export function str(input: Input, key: string): string | undefined {
  const v = input[key];
  return typeof v === 'string' ? v : undefined;
}

/** A number member, or undefined. */
export function num(input: Input, key: string): number | undefined {
  const v = input[key];
  return typeof v === 'number' ? v : undefined;
}

/** A boolean member, or undefined. */
export function bool(input: Input, key: string): boolean | undefined {
  const v = input[key];
  return typeof v === 'boolean' ? v : undefined;
}

/** A list member of objects (empty when absent). */
export function objects(input: Input, key: string): Input[] {
  const v = input[key];
  return Array.isArray(v) ? v.filter((x): x is Input => typeof x === 'object' && x !== null) : [];
}

/** A list member of strings (empty when absent). */
export function strings(input: Input, key: string): string[] {
  const v = input[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** An object member, or undefined. */
export function obj(input: Input, key: string): Input | undefined {
  const v = input[key];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Input) : undefined;
}
