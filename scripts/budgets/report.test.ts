import { describe, expect, it } from 'vitest';
import { exitCode, formatReport, formatTable, kb, type Section } from './report.ts';

describe('formatTable', () => {
  it('pads text columns to the left and numeric columns to the right', () => {
    expect(
      formatTable(
        ['page', 'KB'],
        [
          ['home', '4.6'],
          ['lesson', '26.4'],
        ],
      ),
    ).toBe(['page      KB', '------  ----', 'home     4.6', 'lesson  26.4'].join('\n'));
  });
});

describe('formatReport', () => {
  const pass: Section = { title: 'Privacy', notes: ['97 pages'], breaches: [] };
  const fail: Section = { title: 'Links', notes: [], breaches: ['/: /x/ (no such page)'] };

  it('prints each section with its status and breaches, then a summary', () => {
    const report = formatReport([pass, fail], 12);
    expect(report).toContain('== Privacy: PASS\n97 pages');
    expect(report).toContain('== Links: FAIL (1)\n  ✗ /: /x/ (no such page)');
    expect(report).toMatch(
      /== Summary\n {2}PASS {2}Privacy\n {2}FAIL {2}Links\n {8}✗ \/: \/x\/ \(no such page\)\n1 of 2 budgets broken \(12 s\)\.$/,
    );
  });

  it('repeats the first breaches of a failed budget in the summary, so the last lines of a log say what broke', () => {
    const many: Section = {
      title: 'Axe',
      notes: [],
      breaches: Array.from({ length: 7 }, (_, i) => `b${i}`),
    };
    const summary = formatReport([many], 1).split('== Summary\n')[1] ?? '';
    expect(summary.split('\n')).toEqual([
      '  FAIL  Axe',
      ...['b0', 'b1', 'b2', 'b3', 'b4'].map((b) => `        ✗ ${b}`),
      '        … and 2 more (in its section above)',
      '1 of 1 budgets broken (1 s).',
    ]);
  });

  it('cuts long breach lists', () => {
    const many: Section = {
      title: 'Axe',
      notes: [],
      breaches: Array.from({ length: 45 }, (_, i) => `b${i}`),
    };
    expect(formatReport([many], 1)).toContain('… and 5 more');
  });

  it('exits 1 on any breach, 0 otherwise', () => {
    expect(exitCode([pass])).toBe(0);
    expect(exitCode([pass, fail])).toBe(1);
  });
});

describe('kb', () => {
  it('shows kilobytes with one decimal', () => {
    expect(kb(15 * 1024)).toBe('15.0');
  });
});
