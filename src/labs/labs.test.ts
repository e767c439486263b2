import { describe, expect, it } from 'vitest';
import { LESSON_SLUGS } from '../exercises/grader/index.ts';
import { checkGoals, LABS, runTranscript, startLab } from './index.ts';

describe('labs', () => {
  it('has at least ten labs with unique ids, both languages and a lesson', () => {
    expect(LABS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(LABS.map((l) => l.id)).size).toBe(LABS.length);
    for (const lab of LABS) {
      expect(LESSON_SLUGS).toContain(lab.lesson);
      for (const text of [lab.title, lab.brief, ...lab.hints, ...lab.goals.map((g) => g.text)]) {
        expect(text.ja.length, lab.id).toBeGreaterThan(0);
        expect(text.en.length, lab.id).toBeGreaterThan(0);
        expect(text.ja, `${lab.id} ja`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
      expect(lab.hints.length).toBeGreaterThanOrEqual(2);
    }
  });

  describe.each(LABS.map((l) => [l.id, l] as const))('%s', (_id, lab) => {
    it('its start state fails its goals', () => {
      const e = startLab(lab);
      expect(checkGoals(lab, e).every((g) => g.met)).toBe(false);
    });

    it('its reference transcript runs and meets every goal', () => {
      const e = startLab(lab);
      for (const [path, text] of Object.entries(lab.solutionFiles ?? {})) e.files.write(path, text);
      const results = runTranscript(e, lab.solution);
      results.forEach((r, i) => expect({ line: lab.solution[i], ...r }).toMatchObject({ exitCode: 0 }));
      expect(checkGoals(lab, e)).toEqual(lab.goals.map((g) => ({ id: g.id, met: true })));
    });
  });
});
