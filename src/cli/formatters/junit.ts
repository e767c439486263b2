/**
 * JUnit XML for CI dashboards: a test suite per file, one test case per file; errors are failures,
 * an unreadable file is an error, warnings and info are listed in system-out.
 */
import { oneLine, xml } from '../escape.ts';
import type { LintReport } from '../lint-files.ts';

/** The report as JUnit XML. */
export function toJunit(report: LintReport): string {
  const suites: string[] = [];
  let failures = 0;
  let errors = 0;
  for (const file of report.files) {
    const failed = file.findings.filter((f) => f.severity === 'error');
    const others = file.findings.filter((f) => f.severity !== 'error');
    const line = (f: (typeof file.findings)[number]): string =>
      `${f.line}:${f.column} ${f.severity} ${oneLine(f.message)} (${f.ruleId})`;
    const body: string[] = [];
    if (file.error) {
      errors++;
      body.push(`      <error type="unreadable" message="${xml(file.error)}"/>`);
    } else if (failed.length > 0) {
      failures++;
      body.push(
        `      <failure type="${xml(failed[0]?.ruleId ?? '')}" message="${xml(`${failed.length} error(s)`)}">${xml(failed.map(line).join('\n'))}</failure>`,
      );
    }
    if (others.length > 0) body.push(`      <system-out>${xml(others.map(line).join('\n'))}</system-out>`);
    const name = xml(file.file);
    suites.push(
      `  <testsuite name="${name}" tests="1" failures="${failed.length > 0 && !file.error ? 1 : 0}" errors="${file.error ? 1 : 0}">\n` +
        `    <testcase classname="ecs-dojo.${xml(file.kind)}" name="${name}">${body.length > 0 ? `\n${body.join('\n')}\n    ` : ''}</testcase>\n` +
        `  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ecs-dojo lint" tests="${report.files.length}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
  ].join('\n');
}
