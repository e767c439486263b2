import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './rules/index.ts';
import { excerpt, ruleExampleView } from './rule-example-view.ts';

const doc = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n');

describe('excerpt', () => {
  it('shows the lines around the given line', () => {
    const e = excerpt(doc, 15, 2);
    expect(e).toEqual({
      firstLine: 13,
      lastLine: 17,
      totalLines: 30,
      text: 'line 13\nline 14\nline 15\nline 16\nline 17',
    });
  });

  it('stays inside the document at its start and end, and in a short one', () => {
    expect(excerpt(doc, 1, 2)).toMatchObject({ firstLine: 1, lastLine: 5 });
    expect(excerpt(doc, 30, 2)).toMatchObject({ firstLine: 26, lastLine: 30 });
    expect(excerpt('a\nb', 2, 5)).toEqual({ firstLine: 1, lastLine: 2, totalLines: 2, text: 'a\nb' });
  });

  it('cuts long lines', () => {
    expect(excerpt('x'.repeat(300), 1, 5, 10).text).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('ruleExampleView', () => {
  it('has a view for every rule, with the reported line inside the failing excerpt', () => {
    for (const rule of ALL_RULES) {
      const view = ruleExampleView(rule.id);
      expect(view, rule.id).toBeDefined();
      if (!view) continue;
      expect(view.line, rule.id).toBeGreaterThanOrEqual(view.fail.firstLine);
      expect(view.line, rule.id).toBeLessThanOrEqual(view.fail.lastLine);
      expect(view.fail.text.length + view.pass.text.length, rule.id).toBeLessThan(2500);
    }
  });

  it('shows where a task cpu example fails and the same lines of the passing one', () => {
    const view = ruleExampleView('taskdef/task-cpu');
    expect(view?.path).toBe('/cpu');
    expect(view?.fail.text).toContain('"cpu": "quarter"');
    expect(view?.pass.text).toContain('"cpu": ".25 vCPU"');
  });

  it('has no view for an unknown rule', () => {
    expect(ruleExampleView('taskdef/nope')).toBeUndefined();
  });
});
