import { describe, expect, it } from 'vitest';
import { grade } from '../grade.ts';
import { syntaxDetail } from './syntax-detail.ts';

describe('syntaxDetail', () => {
  it('says a JSON parser code in Japanese and English', () => {
    expect(syntaxDetail('json', 'CommaExpected', 'comma expected', 'ja')).toContain('カンマ');
    expect(syntaxDetail('json', 'CommaExpected', 'comma expected', 'en')).toBe('comma expected');
  });

  it('falls back to the parser message for an unknown code or none', () => {
    expect(syntaxDetail('yaml', 'SOMETHING_NEW', 'raw message', 'ja')).toBe('raw message');
    expect(syntaxDetail('json', undefined, 'raw message', 'ja')).toBe('raw message');
    expect(syntaxDetail('json', 'toString', 'raw message', 'ja')).toBe('raw message');
  });
});

describe('syntax errors from the grader', () => {
  it('are Japanese throughout in Japanese, for JSON', () => {
    const result = grade('{"a": 1 "b": 2}', { format: 'json', lang: 'ja' });
    expect(result.findings[0]?.message).toBe('構文エラー: 項目の間にカンマ（,）が必要です');
    expect(result.parseError?.message).toBe('項目の間にカンマ（,）が必要です');
  });

  it('are Japanese throughout in Japanese, for YAML', () => {
    const result = grade('family: x\n\tcpu: 1\n', { format: 'yaml', lang: 'ja' });
    expect(result.findings[0]?.message).toMatch(/^構文エラー: [^A-Za-z]*$/);
  });

  it('stay English in English', () => {
    const result = grade('{"a": 1 "b": 2}', { format: 'json', lang: 'en' });
    expect(result.findings[0]?.message).toBe('Syntax error: comma expected');
  });
});
