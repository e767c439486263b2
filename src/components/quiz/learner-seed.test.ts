import { describe, expect, it } from 'vitest';
import { LEARNER_SEED_KEY, learnerSeed, newLearnerSeed, type SeedStorage } from './learner-seed.ts';

function memory(initial: Record<string, string> = {}): SeedStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('learnerSeed', () => {
  it('creates a seed once and returns the stored one afterwards', () => {
    const storage = memory();
    const first = learnerSeed(() => storage);
    expect(first).toMatch(/^[a-z0-9]{16}$/);
    expect(storage.data.get(LEARNER_SEED_KEY)).toBe(first);
    expect(learnerSeed(() => storage)).toBe(first);
  });

  it('replaces a stored value that is not a seed', () => {
    const storage = memory({ [LEARNER_SEED_KEY]: '<img src=x>' });
    expect(learnerSeed(() => storage)).toMatch(/^[a-z0-9]{16}$/);
  });

  it('falls back to one id for the page when storage is blocked', () => {
    const blocked: SeedStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const seed = learnerSeed(() => blocked);
    expect(seed).toMatch(/^[a-z0-9]{16}$/);
    expect(learnerSeed(() => undefined)).toBe(seed);
    expect(
      learnerSeed(() => {
        throw new Error('no window');
      }),
    ).toBe(seed);
  });

  it('makes ids from the given random source', () => {
    expect(newLearnerSeed(() => 0)).toBe('0000000000000000');
  });
});
