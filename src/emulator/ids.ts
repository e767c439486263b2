/** Seeded ids and ARNs. The generator's state lives in the emulator state, so restores continue it. */
import type { EmulatorState } from './state.ts';

/** Next uniform number in [0, 1) from the state's mulberry32 generator. */
export function nextRandom(state: EmulatorState): number {
  state.rng = (state.rng + 0x6d2b79f5) >>> 0;
  let t = state.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** `length` lowercase hex characters. */
export function hexId(state: EmulatorState, length: number): string {
  let out = '';
  while (out.length < length) {
    out += Math.floor(nextRandom(state) * 0x10000)
      .toString(16)
      .padStart(4, '0');
  }
  return out.slice(0, length);
}

/** `length` decimal digits (deployment ids are `ecs-svc/` and 19 digits). */
export function digitId(state: EmulatorState, length: number): string {
  let out = String(1 + Math.floor(nextRandom(state) * 9));
  while (out.length < length) out += String(Math.floor(nextRandom(state) * 10));
  return out;
}

/** An ECS ARN: `arn:aws:ecs:<region>:<account>:<resource>`. */
export function ecsArn(state: EmulatorState, resource: string): string {
  return `arn:aws:ecs:${state.region}:${state.accountId}:${resource}`;
}

/** The last path segment of an ARN, or the input when it is a plain name. */
export function nameOf(arnOrName: string): string {
  const slash = arnOrName.lastIndexOf('/');
  return arnOrName.startsWith('arn:') && slash >= 0 ? arnOrName.slice(slash + 1) : arnOrName;
}
