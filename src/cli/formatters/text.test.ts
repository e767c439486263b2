import { describe, expect, it } from 'vitest';
import { grade, type GradeResult } from '../../exercises/grader/index.ts';
import { container, fargateTd } from '../../exercises/grader/rules/example-docs.ts';
import type { LintReport } from '../lint-files.ts';
import { toJson } from './json.ts';
import { groupFindings, toText } from './text.ts';

const report = (file: string, result: GradeResult): LintReport => ({
  files: [{ file, kind: result.kind, accepted: result.accepted, findings: result.findings, suppressed: 0 }],
  skipped: [],
});

const bare = { healthCheck: undefined, readonlyRootFilesystem: undefined };
const threeContainers = JSON.stringify(
  fargateTd({
    containerDefinitions: [
      container({ name: 'a', ...bare }),
      container({ name: 'b', ...bare }),
      container({ name: 'c', ...bare }),
    ],
  }),
  null,
  2,
);

describe('per-container warnings in text output', () => {
  const result = grade(threeContainers, { lang: 'en' });

  it('folds them into one line per task definition, naming where else they apply', () => {
    const text = toText(report('td.json', result), 'en');
    const lines = text.split('\n').filter((l) => l.includes('taskdef/writable-root-fs'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/also 2 more containers: \d+:\d+, \d+:\d+/);
    expect(text).toMatch(/6 problems \(0 errors, 6 warnings, 0 info\)/);
  });

  it('keeps every finding in JSON output', () => {
    const json = JSON.parse(toJson(report('td.json', result))) as { files: { findings: unknown[] }[] };
    expect(json.files[0]?.findings).toHaveLength(6);
  });

  it('does not fold findings of different task definitions or rules', () => {
    const lines = groupFindings(result.findings);
    expect(lines.map((l) => l.f.ruleId).sort()).toEqual([
      'taskdef/no-health-check',
      'taskdef/writable-root-fs',
    ]);
    expect(lines.every((l) => l.others.length === 2)).toBe(true);
  });
});
