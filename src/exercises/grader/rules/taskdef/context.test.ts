import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../parse/parse-yaml.ts';
import { get } from '../../value.ts';
import { alternatives, launchOf } from './context.ts';

/** The RequiresCompatibilities value of a small YAML template snippet. */
function compat(yaml: string): unknown {
  const parsed = parseYaml(`X: ${yaml}\n`);
  if (!parsed.ok) throw new Error(parsed.message);
  return get(parsed.doc.value, 'X');
}

describe('launchOf (CloudFormation values: unknown means unknown)', () => {
  it.each([
    ['[FARGATE]', 'fargate'],
    ['[EC2]', 'not-fargate'],
    ['[EC2, FARGATE]', 'fargate'],
    ['[!If [Prod, FARGATE, EC2]]', 'unknown'],
    ['[!If [Prod, FARGATE, FARGATE]]', 'fargate'],
    ['[!If [Prod, EC2, EXTERNAL]]', 'not-fargate'],
    ['[!Ref LaunchType]', 'unknown'],
    ['!Ref Compatibilities', 'unknown'],
    ['!If [Prod, [FARGATE], [EC2]]', 'unknown'],
    ['!If [Prod, [FARGATE], [FARGATE, EC2]]', 'fargate'],
  ] as const)('%s → %s', (yaml, launch) => {
    expect(launchOf(compat(yaml))).toBe(launch);
  });

  it('treats a missing list as EC2 (the API default)', () => {
    expect(launchOf(undefined)).toBe('not-fargate');
  });

  it('lists both branches of Fn::If and nothing for AWS::NoValue', () => {
    expect(alternatives(compat('!If [C, a, !If [D, b, c]]'))).toEqual(['a', 'b', 'c']);
    expect(alternatives(compat('!If [C, a, !Ref AWS::NoValue]'))).toEqual(['a']);
    expect(alternatives(compat('!Ref Param'))).toBeUndefined();
  });
});
