import { describe, expect, it } from 'vitest';
import { ANNOUNCED_KEY, claimFirstAnnouncement } from './offline-status.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    map,
  };
}

describe('claimFirstAnnouncement', () => {
  it('is true once per browser, then false', () => {
    const storage = memoryStorage();
    expect(claimFirstAnnouncement(storage)).toBe(true);
    expect(storage.map.has(ANNOUNCED_KEY)).toBe(true);
    expect(claimFirstAnnouncement(storage)).toBe(false);
  });

  it('says nothing when storage is blocked, rather than on every page', () => {
    const blocked = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(claimFirstAnnouncement(blocked)).toBe(false);
  });
});
