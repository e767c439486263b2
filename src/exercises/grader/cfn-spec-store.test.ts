import { describe, expect, it, vi } from 'vitest';

const TEMPLATE = [
  'Resources:',
  '  Service:',
  '    Type: AWS::ECS::Service',
  '    Properties:',
  '      LaunchType: Fargate',
  '      DesiredCount: !If [Missing, 1, 2]',
].join('\n');

/** A fresh module graph, without the specification the test setup registers. */
async function fresh() {
  vi.resetModules();
  const store = await import('./cfn-spec-store.ts');
  const { grade } = await import('./grade.ts');
  const ruleIds = () => grade(TEMPLATE, { lang: 'en' }).findings.map((f) => f.ruleId);
  return { store, ruleIds };
}

describe('the CloudFormation specification store', () => {
  it('starts empty, and the grader then skips only the checks that need the specification', async () => {
    const { store, ruleIds } = await fresh();
    expect(store.cfnSpec()).toBeUndefined();
    expect(ruleIds()).toContain('cfn/undefined-condition');
    expect(ruleIds()).not.toContain('cfn/enum-value');
  });

  it('wakes waiters when the specification is registered, and the grader uses it', async () => {
    const { store, ruleIds } = await fresh();
    const waited = store.whenCfnSpec();
    await import('./cfn-spec-static.ts');
    const spec = await waited;
    expect(spec.resources['AWS::ECS::Service']).toBeDefined();
    expect(store.cfnSpec()).toBe(spec);
    expect(ruleIds()).toContain('cfn/enum-value');
    await expect(store.whenCfnSpec()).resolves.toBe(spec);
  });
});
