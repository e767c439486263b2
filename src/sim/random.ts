import { requireInteger } from './validate.ts';

/** A seeded source of uniform numbers in [0, 1). Calling it advances its state. */
export type RandomSource = () => number;

/**
 * Creates a mulberry32 generator from a 32-bit integer seed. Same seed, same sequence: the
 * simulator never uses `Math.random`.
 */
export function createRandom(seed: number): RandomSource {
  requireInteger(seed, 'seed', 0, 0xffffffff);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns `length` lowercase hex characters drawn from `random` (for task ids). */
export function randomHex(random: RandomSource, length: number): string {
  let out = '';
  while (out.length < length) {
    out += Math.floor(random() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  }
  return out.slice(0, length);
}
