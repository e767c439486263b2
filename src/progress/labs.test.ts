import { describe, expect, it } from 'vitest';
import { mergeProgress } from './merge.ts';
import { emptyProgress, loadProgress, parseProgress, saveLabCompletion } from './store.ts';

function memory(): { getItem(k: string): string | null; setItem(k: string, v: string): void } {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('lab progress', () => {
  it('records a lab and keeps a pass over a later solved-with-help', () => {
    const s = memory();
    expect(saveLabCompletion(s, 'first-fargate-service', 'passed')).toBe(true);
    saveLabCompletion(s, 'first-fargate-service', 'solved-with-help');
    expect(loadProgress(s).doc.labs).toEqual({ 'first-fargate-service': 'passed' });
  });

  it('reads documents without labs and drops bad entries', () => {
    const doc = parseProgress(
      JSON.stringify({ ...emptyProgress(), labs: { ok: 'passed', bad: 'maybe' } }),
    ).doc;
    expect(doc.labs).toEqual({ ok: 'passed' });
    expect(parseProgress(JSON.stringify(emptyProgress())).doc.labs).toBeUndefined();
  });

  it('merges labs from an import', () => {
    const a = { ...emptyProgress(), labs: { x: 'solved-with-help' as const } };
    const b = { ...emptyProgress(), labs: { x: 'passed' as const, y: 'passed' as const } };
    expect(mergeProgress(a, b).labs).toEqual({ x: 'passed', y: 'passed' });
  });
});
