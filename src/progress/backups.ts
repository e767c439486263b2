/**
 * Backups of progress documents that could not be read (whole or in part): up to MAX_BACKUPS slots,
 * the oldest dropped first, each with the time and the reason. Nothing else ever deletes them.
 */
import type { KeyValueStorage } from './store.ts';

/** The single backup slot of earlier versions; still read and listed. */
export const LEGACY_BACKUP_KEY = 'ecs-dojo:progress:backup';
export const BACKUP_INDEX_KEY = 'ecs-dojo:progress:backups';
export const BACKUP_PREFIX = 'ecs-dojo:progress:backup:';
export const MAX_BACKUPS = 3;

export type BackupReason = 'corrupted' | 'unknown-version' | 'damaged';

export interface BackupEntry {
  readonly key: string;
  /** ISO 8601 time the backup was made. */
  readonly at: string;
  readonly reason: BackupReason;
  readonly bytes: number;
}

const REASONS: readonly BackupReason[] = ['corrupted', 'unknown-version', 'damaged'];

function readIndex(storage: KeyValueStorage): BackupEntry[] {
  let raw: string | null;
  try {
    raw = storage.getItem(BACKUP_INDEX_KEY);
  } catch {
    return [];
  }
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (e): e is BackupEntry =>
          typeof e === 'object' &&
          e !== null &&
          typeof (e as BackupEntry).key === 'string' &&
          (e as BackupEntry).key.startsWith(BACKUP_PREFIX) &&
          typeof (e as BackupEntry).at === 'string' &&
          REASONS.includes((e as BackupEntry).reason) &&
          typeof (e as BackupEntry).bytes === 'number',
      )
      .slice(-MAX_BACKUPS * 2);
  } catch {
    return [];
  }
}

function remove(storage: KeyValueStorage, key: string): void {
  try {
    const s = storage as KeyValueStorage & { removeItem?(key: string): void };
    if (s.removeItem) s.removeItem(key);
    else s.setItem(key, '');
  } catch {
    // Nothing more can be done; the index no longer lists it.
  }
}

/**
 * Copies `raw` to a new backup slot (unless the newest backup already holds it), dropping the oldest
 * beyond MAX_BACKUPS. When storage is full, older backups make room first. Returns true when `raw`
 * is safely kept in a backup slot.
 */
export function backupRaw(
  storage: KeyValueStorage,
  raw: string,
  reason: BackupReason,
  now: string = new Date().toISOString(),
): boolean {
  const index = readIndex(storage);
  const newest = index.at(-1);
  if (newest) {
    try {
      if (storage.getItem(newest.key) === raw) return true;
    } catch {
      return false;
    }
  }
  const last = Number(newest?.key.slice(BACKUP_PREFIX.length) ?? 0);
  const key = `${BACKUP_PREFIX}${Number.isFinite(last) ? last + 1 : Date.now()}`;
  const entry: BackupEntry = { key, at: now, reason, bytes: raw.length };
  for (;;) {
    try {
      storage.setItem(key, raw);
      break;
    } catch {
      const oldest = index.shift();
      if (!oldest) return false;
      remove(storage, oldest.key);
    }
  }
  index.push(entry);
  while (index.length > MAX_BACKUPS) {
    const dropped = index.shift();
    if (dropped) remove(storage, dropped.key);
  }
  try {
    storage.setItem(BACKUP_INDEX_KEY, JSON.stringify(index));
  } catch {
    // The slot is written; an index we cannot update only hides it from the list.
  }
  return true;
}

/** The backups kept in this browser, newest first, with their text (the legacy slot last). */
export function listBackups(storage: KeyValueStorage): (BackupEntry & { readonly text: string })[] {
  const out: (BackupEntry & { text: string })[] = [];
  for (const entry of readIndex(storage).reverse()) {
    try {
      const text = storage.getItem(entry.key);
      if (text) out.push({ ...entry, text });
    } catch {
      // unreadable slot: skip
    }
  }
  try {
    const legacy = storage.getItem(LEGACY_BACKUP_KEY);
    if (legacy)
      out.push({ key: LEGACY_BACKUP_KEY, at: '', reason: 'corrupted', bytes: legacy.length, text: legacy });
  } catch {
    // blocked
  }
  return out;
}
