import { describe, expect, it } from 'vitest';
import { ruleCatalogue, ruleCounts } from './catalogue.ts';
import { ALL_RULES } from './rules/index.ts';

describe('rule catalogue pages', () => {
  it('lists every rule exactly once per language', () => {
    for (const lang of ['ja', 'en'] as const) {
      const ids = ruleCatalogue(lang).flatMap((s) => s.rows.map((r) => r.id));
      expect(ids.sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
    }
  });

  it('sorts errors first inside a section', () => {
    for (const s of ruleCatalogue('en')) {
      const sev = s.rows.map((r) => r.severity);
      expect(sev).toEqual(
        [...sev].sort(
          (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
        ),
      );
    }
  });

  it('links each rule to its lesson section in the right language and base', () => {
    const rows = ruleCatalogue('en', '/ecs-dojo/').flatMap((section) => section.rows);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row.lessonHref).toMatch(/^\/ecs-dojo\/en\/lessons\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    const ja = ruleCatalogue('ja').flatMap((section) => section.rows);
    for (const row of ja) expect(row.lessonHref).toMatch(/^\/lessons\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  });

  it('shows the AWS sentence that decides a rule', () => {
    const row = ruleCatalogue('ja')
      .flatMap((s) => s.rows)
      .find((r) => r.id === 'taskdef/role-arn');
    expect(row?.awsQuote).toContain('short name or full Amazon Resource Name (ARN)');
    expect(row?.awsSource).toContain('API_RegisterTaskDefinition');
  });

  it('counts rules', () => {
    const total = Object.values(ruleCounts()).reduce((n, c) => n + c.error + c.warning + c.info, 0);
    expect(total).toBe(ALL_RULES.length);
  });
});
