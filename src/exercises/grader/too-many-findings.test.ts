import { describe, expect, it } from 'vitest';
import { grade } from './grade.ts';
import { MAX_FINDINGS } from './rules/input/checks.ts';

describe('a document with very many findings', () => {
  it('reports at most MAX_FINDINGS, errors first, and one summary; never throws', () => {
    const text = JSON.stringify({
      family: 'x',
      containerDefinitions: Array.from({ length: 20_000 }, () => ({})),
    });
    const r = grade(text, { lang: 'en' });
    expect(r.findings.length).toBe(MAX_FINDINGS + 1);
    expect(r.accepted).toBe(false);
    const summary = r.findings.at(-1);
    expect(summary?.ruleId).toBe('input/too-many-findings');
    expect(summary?.message).toMatch(/^This input has \d+ findings; only the first 500 are shown/);
    expect(r.findings.slice(0, -1).every((f) => f.severity === 'error')).toBe(true);
  });

  it('keeps every finding of an ordinary document', () => {
    const text = JSON.stringify({ family: 'x', containerDefinitions: Array.from({ length: 3 }, () => ({})) });
    expect(grade(text).findings.some((f) => f.ruleId === 'input/too-many-findings')).toBe(false);
  });
});
