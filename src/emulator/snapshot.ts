/** Restoring a snapshot: checks it is a state this version can read before using it. */
import type { EmulatorState } from './state.ts';

const ARRAYS = [
  'clusters',
  'taskDefinitions',
  'services',
  'tasks',
  'scalableTargets',
  'scalingPolicies',
  'scheduledActions',
  'scalingActivities',
  'secrets',
  'roles',
] as const;

/** A deep copy of `snapshot` when it looks like an emulator state; throws otherwise. */
export function restoreState(snapshot: unknown): EmulatorState {
  if (typeof snapshot !== 'object' || snapshot === null)
    throw new TypeError('The snapshot is not an object.');
  const s = snapshot as Record<string, unknown>;
  if (s['version'] !== 1) throw new TypeError('The snapshot has an unknown version.');
  for (const k of ARRAYS) if (!Array.isArray(s[k])) throw new TypeError(`The snapshot has no ${k} list.`);
  for (const k of ['now', 'startTime', 'rng', 'seed'] as const) {
    if (typeof s[k] !== 'number' || !Number.isFinite(s[k]))
      throw new TypeError(`The snapshot has no valid ${k}.`);
  }
  if (typeof s['region'] !== 'string' || typeof s['accountId'] !== 'string')
    throw new TypeError('The snapshot has no region or account.');
  if (typeof s['files'] !== 'object' || s['files'] === null)
    throw new TypeError('The snapshot has no files.');
  if (typeof s['loads'] !== 'object' || s['loads'] === null)
    throw new TypeError('The snapshot has no loads.');
  return structuredClone(snapshot) as EmulatorState;
}
