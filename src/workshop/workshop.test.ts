import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../exercises/catalog/index.ts';
import { SCENARIOS } from '../scenarios/scenarios.ts';
import { AGENDAS, trackExercises } from './agendas.ts';
import { advance, createTimer, formatClock, goTo, pause, remaining, resetBlock, start } from './timer.ts';

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
    expect(formatClock(remaining(t, 0))).toBe('10:00');
    expect(formatClock(61_500)).toBe('1:02');
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
