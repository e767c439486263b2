import { isRecord } from '../util/is-record.ts';

/**
 * Reads a widget state whose fields are all numbers, strings or booleans, from untrusted input (a
 * URL or storage): missing fields take their default; a field of the wrong type, or a number that
 * is not finite, rejects the whole state. Range checks are left to the simulator, which explains them.
 */
export function readFlatState<S extends { [K in keyof S]: number | string | boolean }>(
  value: unknown,
  defaults: S,
): S | undefined {
  if (!isRecord(value)) return undefined;
  const fields = defaults as Record<string, number | string | boolean>;
  const state: Record<string, unknown> = { ...fields };
  for (const key of Object.keys(fields)) {
    const incoming = value[key];
    if (incoming === undefined) continue;
    if (typeof incoming !== typeof fields[key]) return undefined;
    if (typeof incoming === 'number' && !Number.isFinite(incoming)) return undefined;
    state[key] = incoming;
  }
  return state as S;
}
