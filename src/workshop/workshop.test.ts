import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../exercises/catalog/index.ts';
import { SCENARIOS } from '../scenarios/scenarios.ts';
import { formatClockMs } from '../util/format-clock.ts';
import { AGENDAS, trackExercises } from './agendas.ts';
import {
  advance,
  createTimer,
  goTo,
  pause,
  readTimer,
  remaining,
  resetBlock,
  serializeTimer,
  start,
} from './timer.ts';

describe('agendas', () => {
  for (const agenda of AGENDAS) {
    it(`${agenda.id}: blocks add up and every id exists`, () => {
      expect(agenda.blocks.reduce((sum, b) => sum + b.minutes, 0)).toBe(agenda.minutes);
      for (const b of agenda.blocks) {
        for (const id of b.exercises)
          expect(
            EXERCISES.some((e) => e.id === id),
            id,
          ).toBe(true);
        for (const id of b.scenarios)
          expect(
            SCENARIOS.some((s) => s.id === id),
            id,
          ).toBe(true);
        for (const slug of b.lessons)
          expect(existsSync(`src/content/docs/lessons/${slug}.mdx`), slug).toBe(true);
      }
      expect(trackExercises(agenda).length).toBeGreaterThan(0);
    });
  }
});

describe('timer', () => {
  const m = 60_000;
  it('counts down, pauses and resets', () => {
    let t = start(createTimer([10, 5]), 0);
    expect(remaining(t, 3 * m)).toBe(7 * m);
    t = pause(t, 3 * m);
    expect(remaining(t, 100 * m)).toBe(7 * m);
    t = resetBlock(t, 100 * m);
    expect(remaining(t, 200 * m)).toBe(10 * m);
    expect(formatClockMs(remaining(t, 0))).toBe('10:00');
  });

  it('moves to the next block when time runs out, carrying the overrun, and stops at the end', () => {
    let t = start(createTimer([10, 5]), 0);
    t = advance(t, 12 * m);
    expect(t.block).toBe(1);
    expect(remaining(t, 12 * m)).toBe(3 * m);
    t = advance(t, 30 * m);
    expect(t.block).toBe(1);
    expect(t.startedAt).toBeNull();
    expect(remaining(t, 31 * m)).toBe(0);
    expect(goTo(t, 9).block).toBe(1);
    expect(goTo(t, -1)).toMatchObject({ block: 0, elapsed: 0, startedAt: null });
  });
});

describe('timer storage', () => {
  it('survives a reload: a running block keeps counting from where it was', () => {
    const running = start(createTimer([10, 20]), 1_000);
    const back = readTimer(serializeTimer(running), [10, 20], 61_000);
    expect(remaining(back, 61_000)).toBe(9 * 60_000);
    expect(back.startedAt).toBe(1_000);
  });

  it('starts afresh on broken text, a changed agenda or nonsense values', () => {
    const fresh = createTimer([10, 20]);
    expect(readTimer('{nope', [10, 20], 0)).toEqual(fresh);
    expect(readTimer(JSON.stringify({ block: 5, elapsed: 0, startedAt: null }), [10, 20], 0)).toEqual(fresh);
    expect(readTimer(JSON.stringify({ block: 1, elapsed: -1, startedAt: null }), [10, 20], 0)).toEqual(fresh);
    expect(readTimer(null, [10, 20], 0)).toEqual(fresh);
    const future = readTimer(JSON.stringify({ block: 0, elapsed: 0, startedAt: 9e15 }), [10, 20], 5);
    expect(future.startedAt).toBe(5);
  });
});
