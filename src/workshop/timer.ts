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

/** The timer as stored text (times are wall-clock milliseconds, so a reload keeps it running). */
export function serializeTimer(state: TimerState): string {
  return JSON.stringify({ block: state.block, elapsed: state.elapsed, startedAt: state.startedAt });
}

/**
 * A stored timer read back onto the agenda's blocks; a fresh timer when the text is missing, broken
 * or does not fit the blocks (the agenda changed). A start time in the future counts as now.
 */
export function readTimer(raw: string | null, minutes: readonly number[], now: number): TimerState {
  const fresh = createTimer(minutes);
  if (!raw) return fresh;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return fresh;
  }
  if (typeof value !== 'object' || value === null) return fresh;
  const { block, elapsed, startedAt } = value as Record<string, unknown>;
  const validBlock =
    typeof block === 'number' && Number.isInteger(block) && block >= 0 && block < minutes.length;
  const validElapsed = typeof elapsed === 'number' && Number.isFinite(elapsed) && elapsed >= 0;
  const validStart = startedAt === null || (typeof startedAt === 'number' && Number.isFinite(startedAt));
  if (!validBlock || !validElapsed || !validStart) return fresh;
  return {
    ...fresh,
    block,
    elapsed: Math.min(elapsed, fresh.durations[block] ?? 0),
    startedAt: startedAt === null ? null : Math.min(startedAt, now),
  };
}
