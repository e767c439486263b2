import { describe, expect, it } from 'vitest';
import { evaluateLighthouse, medianRun, meetsBudget, type LighthouseRun } from './lighthouse.ts';

const run = (formFactor: 'desktop' | 'mobile', performance: number): LighthouseRun => ({
  label: 'lesson',
  path: '/lessons/04/',
  formFactor,
  scores: { performance, accessibility: 100, 'best-practices': 100 },
  failing: ['performance: total-blocking-time (400 ms)'],
  metrics: 'FCP 1 s',
});

describe('evaluateLighthouse', () => {
  it('holds desktop to 95 and mobile to 90 for performance', () => {
    expect(evaluateLighthouse([run('desktop', 95), run('mobile', 90)], []).breaches).toEqual([]);
    expect(evaluateLighthouse([run('desktop', 94)], []).breaches).toEqual([
      'lesson /lessons/04/ (desktop): performance 94 < 95',
      '    performance: total-blocking-time (400 ms)',
    ]);
  });

  it('notes pages the build does not have', () => {
    const section = evaluateLighthouse(
      [],
      [{ label: 'exercise', path: undefined, reason: 'no exercise pages in this build' }],
    );
    expect(section.notes).toContain('exercise: skipped, no exercise pages in this build');
    expect(section.breaches).toEqual([]);
  });
});

describe('medianRun', () => {
  it('takes the run with the median performance score and names all scores', () => {
    const median = medianRun([run('desktop', 89), run('desktop', 97), run('desktop', 96)]);
    expect(median.scores.performance).toBe(96);
    expect(median.metrics).toBe('FCP 1 s (median of 3 runs, performance 89, 97, 96)');
  });

  it('meetsBudget checks every category against the form factor', () => {
    expect(meetsBudget(run('mobile', 90))).toBe(true);
    expect(meetsBudget(run('desktop', 90))).toBe(false);
  });
});
