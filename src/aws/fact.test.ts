import { describe, expect, it } from 'vitest';
import { fact, isoDateDays, staleFacts, type FactEntry } from './fact.ts';
import { FACT_TEXT } from './fact-text.ts';
import { FACTS, FACT_SOURCES } from './ledger.ts';

const entry = (id: string, checked: string): FactEntry => ({
  id,
  en: 'x',
  ja: 'x',
  sources: ['https://docs.aws.amazon.com/'],
  checked,
  confidence: 'aws',
});

describe('fact()', () => {
  it('refuses a source that is not an https URL, a bad date or a bad id', () => {
    expect(() => fact({ ...entry('a', '2026-01-01'), sources: ['docs'], value: 1 })).toThrow(/https/);
    expect(() => fact({ ...entry('a', '2026-02-30'), value: 1 })).toThrow(/yyyy-mm-dd/);
    expect(() => fact({ ...entry('Not Kebab', '2026-01-01'), value: 1 })).toThrow(/kebab/);
    expect(fact({ ...entry('ok-id', '2026-01-01'), value: 1 }).value).toBe(1);
  });
  it('reads real dates only', () => {
    expect(isoDateDays('1970-01-02')).toBe(1);
    expect(isoDateDays('2024-02-29')).toBeDefined();
    expect(isoDateDays('2025-02-29')).toBeUndefined();
    expect(isoDateDays('2025-1-01')).toBeUndefined();
  });
});

describe('staleFacts', () => {
  const facts = [
    entry('new', '2026-06-01'),
    entry('due', '2025-12-06'),
    entry('old', '2025-09-01'),
    entry('fresh', '2025-12-07'),
  ];
  it('lists facts checked 12 months or more before today, oldest first', () => {
    expect(staleFacts(facts, '2026-12-06').map((f) => f.id)).toEqual(['old', 'due']);
  });
  it('takes another period', () => {
    expect(staleFacts(facts, '2026-12-06', 6).map((f) => f.id)).toEqual(['old', 'due', 'fresh', 'new']);
  });
  it('counts calendar months, clamping to the end of a shorter month', () => {
    const march = [entry('feb-28', '2026-02-28'), entry('mar-01', '2026-03-01')];
    expect(staleFacts(march, '2026-03-31', 1).map((f) => f.id)).toEqual(['feb-28']);
  });
  it('refuses a malformed today', () => {
    expect(() => staleFacts(facts, 'today')).toThrow();
  });
});

describe('the ledger', () => {
  it('has unique ids, both languages, https sources and real dates, none in the future', () => {
    const ids = FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FACTS) {
      expect(f.en.length, f.id).toBeGreaterThan(30);
      expect(f.ja, f.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(
        f.sources.every((s) => s.startsWith('https://')),
        f.id,
      ).toBe(true);
      expect(f.checked <= '2026-12-06', f.id).toBe(true);
    }
  });
  it('describes every fact, and nothing else', () => {
    expect(Object.keys(FACT_TEXT).sort()).toEqual(FACT_SOURCES.map((f) => f.id).sort());
  });
  it('carries no values, so a page listing it stays small', () => {
    for (const f of FACTS)
      expect(Object.keys(f).sort()).toEqual(['checked', 'confidence', 'en', 'id', 'ja', 'sources']);
  });
  it('records the 2026 Fargate 32 vCPU size with its sources', () => {
    const sizes = FACTS.find((f) => f.id === 'fargate-task-sizes');
    expect(sizes?.en).toContain('32 vCPU');
    expect(sizes?.sources).toContain('https://github.com/aws-cloudformation/cfn-lint/pull/4668');
  });
});
