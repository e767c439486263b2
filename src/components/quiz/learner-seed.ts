/**
 * A random id per learner, kept in localStorage, that seeds the order of quiz options. It identifies
 * nothing and never leaves the browser. When storage is blocked, the page uses an id that lives as
 * long as the page, so quizzes still work (in a fresh order on each visit).
 */
export const LEARNER_SEED_KEY = 'ecs-dojo:learner-seed';

const VALID = /^[a-z0-9]{8,64}$/;

/** What the seed needs from storage; getItem/setItem may throw when the browser blocks storage. */
export interface SeedStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A new random id of 16 base-36 characters. */
export function newLearnerSeed(random: () => number = Math.random): string {
  let id = '';
  while (id.length < 16) id += Math.floor(random() * 36).toString(36);
  return id;
}

let pageSeed: string | undefined;

/** The learner's stored seed, creating and storing one on first use; a page-lived one when storage fails. */
export function learnerSeed(
  storage: () => SeedStorage | undefined,
  random: () => number = Math.random,
): string {
  try {
    const store = storage();
    if (store) {
      const saved = store.getItem(LEARNER_SEED_KEY);
      if (saved !== null && VALID.test(saved)) return saved;
      const created = newLearnerSeed(random);
      store.setItem(LEARNER_SEED_KEY, created);
      return created;
    }
  } catch {
    // Storage is blocked (private mode, a sandboxed frame, a full quota): fall through.
  }
  pageSeed ??= newLearnerSeed(random);
  return pageSeed;
}
