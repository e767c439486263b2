import { describe, expect, it, vi } from 'vitest';
import { grade } from '../grade.ts';
import { isCheckedIn, type Area } from './hooks.ts';
import { ALL_RULES } from './index.ts';
import { RULE_FILES } from './rule-files.ts';

/** Every (area, hook) pair a runner dispatched while this file ran. */
const dispatched = new Set<string>();

vi.mock('./dispatch.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./dispatch.ts')>();
  const dispatch: typeof real.dispatch = (area, hook, ctx) => {
    dispatched.add(`${area}:${String(hook)}`);
    real.dispatch(area, hook, ctx);
  };
  return { ...real, dispatch };
});

/** Rule folders whose runner dispatches from the registry, with the area their rules declare. */
const DISPATCHED: Readonly<Record<string, Area>> = {
  taskdef: 'taskdef',
  service: 'service',
  scaling: 'scaling',
  iam: 'iam',
  cfn: 'cfn',
  'cli-files': 'cli-files',
};

const ruleFiles = RULE_FILES.filter((f) => (f.file.split('/')[0] ?? '') in DISPATCHED);

describe('rule hooks', () => {
  it('covers every dispatched area', () => {
    expect(new Set(ruleFiles.map((f) => f.file.split('/')[0]))).toEqual(new Set(Object.keys(DISPATCHED)));
  });

  it.each(ruleFiles.map((f) => [f.file, f] as const))('%s declares checks for its area', (_file, f) => {
    const area = DISPATCHED[f.file.split('/')[0] ?? ''];
    expect(area).toBeDefined();
    if (area === undefined) return;
    expect(isCheckedIn(f.rule, area)).toBe(true);
    if (isCheckedIn(f.rule, area)) expect(Object.keys(f.rule.checks).length).toBeGreaterThan(0);
  });

  it('registers only rules whose every hook a runner dispatches', () => {
    // Grade every rule's examples: between them they reach every hook.
    for (const f of RULE_FILES) {
      for (const src of [...(f.examples?.fail.map((e) => e.src) ?? []), ...(f.examples?.pass ?? [])])
        grade(src);
    }
    const missing = ALL_RULES.flatMap((rule) =>
      Object.values(DISPATCHED).flatMap((area) =>
        isCheckedIn(rule, area)
          ? Object.keys(rule.checks)
              .filter((hook) => !dispatched.has(`${area}:${hook}`))
              .map((hook) => `${rule.id} → ${area}:${hook}`)
          : [],
      ),
    );
    expect(missing).toEqual([]);
  });
});
