import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/aws/ledger.ts';
import { factsReport } from './facts-report.ts';

describe('factsReport', () => {
  it('lists the Tokyo Fargate prices, copied in 2025-09, as due in December 2026', () => {
    const text = factsReport(FACTS, { today: '2026-12-06', months: 12 });
    expect(text).toMatch(/^AWS fact ledger: \d+ facts in src\/aws, \d+ not re-checked for 12 months/);
    expect(text).toContain('price-fargate-ap-northeast-1  last checked 2025-09-01');
    expect(text).toContain('https://www.clyr.co.jp/');
    expect(text).not.toContain('fargate-task-sizes ');
  });
  it('lists everything a long time later, and nothing on a day everything is fresh', () => {
    expect(factsReport(FACTS, { today: '2030-01-01', months: 12 })).toContain(
      `, ${FACTS.length} not re-checked`,
    );
    expect(factsReport(FACTS, { today: '2025-09-02', months: 12 })).toContain(
      'Every fact was checked within that period.',
    );
  });
});
