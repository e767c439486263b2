/**
 * A storage that never loses what the learner did without saying so. It wraps localStorage (or any
 * KeyValueStorage): when the browser refuses a write (quota full) or refuses storage altogether
 * (site data off, a sandboxed frame), the value is kept in memory, reads see it, and listeners are
 * told once per kind of problem so the page can say plainly that work is not saved.
 */
import type { KeyValueStorage } from './store.ts';

export type StorageProblem = 'quota' | 'blocked';

export interface ResilientStorage extends KeyValueStorage {
  removeItem(key: string): void;
  /** Keys whose latest value exists only in memory (not saved). */
  readonly unsaved: ReadonlySet<string>;
  /** The problems seen so far. */
  readonly problems: ReadonlySet<StorageProblem>;
  /** Calls `listener` once for each problem kind, now for those already seen and later for new ones. */
  onProblem(listener: (problem: StorageProblem) => void): void;
  /** From now on, writes of `key` stay in memory (the stored value is kept as it is) until `unpin`. */
  pin(key: string): void;
  /** Writes of `key` go to storage again; the memory copy is written now. Returns false if that fails. */
  unpin(key: string): boolean;
}

function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  const code = (e as { code?: number } | null)?.code;
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/**
 * Wraps a storage getter (called once; it may throw when storage is blocked). Writes that fail are
 * kept in memory and reported; a later successful write of the same key clears the memory copy.
 */
export function resilientStorage(
  open: () => KeyValueStorage & { removeItem?(key: string): void },
): ResilientStorage {
  let backing: (KeyValueStorage & { removeItem?(key: string): void }) | undefined;
  const memory = new Map<string, string | null>();
  const pinned = new Set<string>();
  const problems = new Set<StorageProblem>();
  const listeners: ((p: StorageProblem) => void)[] = [];
  const report = (p: StorageProblem): void => {
    if (problems.has(p)) return;
    problems.add(p);
    for (const l of listeners) l(p);
  };
  try {
    backing = open();
    // Some browsers hand out an object whose every call throws; find out now.
    backing.getItem('ecs-dojo:probe');
  } catch {
    backing = undefined;
    report('blocked');
  }
  return {
    get unsaved() {
      return new Set(memory.keys());
    },
    problems,
    onProblem(listener) {
      listeners.push(listener);
      for (const p of problems) listener(p);
    },
    getItem(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      if (!backing) return null;
      try {
        return backing.getItem(key);
      } catch {
        report('blocked');
        return null;
      }
    },
    pin(key) {
      pinned.add(key);
    },
    unpin(key) {
      pinned.delete(key);
      const held = memory.get(key);
      if (held === undefined || held === null) return true;
      try {
        this.setItem(key, held);
        return true;
      } catch {
        return false;
      }
    },
    setItem(key, value) {
      if (pinned.has(key)) {
        memory.set(key, value);
        return;
      }
      if (backing) {
        try {
          backing.setItem(key, value);
          memory.delete(key);
          return;
        } catch (e) {
          memory.set(key, value);
          report(isQuotaError(e) ? 'quota' : 'blocked');
          throw e;
        }
      }
      memory.set(key, value);
      report('blocked');
      throw new DOMException('Storage is not available', 'SecurityError');
    },
    removeItem(key) {
      memory.delete(key);
      try {
        backing?.removeItem?.(key);
      } catch {
        report('blocked');
      }
    },
  };
}
