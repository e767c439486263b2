/**
 * A stable, per-learner order for a quiz's options. The source order stays canonical (answers are
 * graded and stored by source index); only the display order changes, and it is the same on every
 * visit for one learner, so a reload never moves an option under the learner's finger.
 */

/** 32-bit FNV-1a hash of a string: a small, well-spread seed from a learner id and a quiz id. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a tiny seeded generator of floats in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The display order of `count` options as source indexes, shuffled (Fisher–Yates) from the seed
 * text (learner id and quiz id). Same seed, same order.
 */
export function shuffledOrder(count: number, seedText: string): number[] {
  const order = Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index) => index);
  const next = generator(hashSeed(seedText));
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
