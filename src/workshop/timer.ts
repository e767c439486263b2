/**
 * The facilitator timer: a run through an agenda's blocks. Pure; time is passed in (milliseconds),
 * so tests move it forward instead of waiting.
 */
export interface TimerState {
  /** Block lengths in milliseconds. */
  durations: readonly number[];
  block: number;
  /** Time spent in the current block before the last start. */
  elapsed: number;
  /** When the timer was last started, or null while paused. */
  startedAt: number | null;
}

export function createTimer(minutes: readonly number[]): TimerState {
  return { durations: minutes.map((m) => m * 60_000), block: 0, elapsed: 0, startedAt: null };
}

/** Time spent in the current block at `now`. */
export function elapsedIn(state: TimerState, now: number): number {
  return state.elapsed + (state.startedAt === null ? 0 : now - state.startedAt);
}

/** Moves on to later blocks while the current one has run out (the last block just stops at 0). */
export function advance(state: TimerState, now: number): TimerState {
  let next = state;
  for (;;) {
    const length = next.durations[next.block] ?? 0;
    const spent = elapsedIn(next, now);
    if (spent < length) return next;
    if (next.block >= next.durations.length - 1) return { ...next, elapsed: length, startedAt: null };
    next = {
      ...next,
      block: next.block + 1,
      elapsed: 0,
      startedAt: next.startedAt === null ? null : now - (spent - length),
    };
  }
}

/** Milliseconds left in the current block. */
export function remaining(state: TimerState, now: number): number {
  return Math.max(0, (state.durations[state.block] ?? 0) - elapsedIn(state, now));
}

export function start(state: TimerState, now: number): TimerState {
  return state.startedAt === null ? { ...state, startedAt: now } : state;
}

export function pause(state: TimerState, now: number): TimerState {
  return state.startedAt === null ? state : { ...state, elapsed: elapsedIn(state, now), startedAt: null };
}

/** Restarts the current block from its full length (keeps running if it was). */
export function resetBlock(state: TimerState, now: number): TimerState {
  return { ...state, elapsed: 0, startedAt: state.startedAt === null ? null : now };
}

/** Jumps to a block, paused at its start. */
export function goTo(state: TimerState, block: number): TimerState {
  const clamped = Math.min(Math.max(0, block), state.durations.length - 1);
  return { ...state, block: clamped, elapsed: 0, startedAt: null };
}

/** `m:ss` for a number of milliseconds (rounded up, so 0:00 means done). */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
