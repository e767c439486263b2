import { describe, expect, it } from 'vitest';
import { CFN_SPEC } from '../grader/cfn-spec-static.ts';
import { decodeCfnTypes, encodeCfnTypes, type CfnTypes } from './cfn-types.ts';
import WIRE from './generated/cfn-types.json' with { type: 'json' };

const SMALL: CfnTypes = {
  source: 'test',
  services: ['AWS::X'],
  resources: {
    'AWS::X::Y': {
      p: {
        Mode: { e: ['A', 'B'] },
        Modes: { l: { e: ['A', 'B'] } },
        Name: 's',
        Nested: { l: { l: 'i' } },
        Opts: '@Opts',
        Tags: { m: 's' },
        Value: { u: ['s', { l: '@Opts' }] },
      },
      r: ['Mode', 'Name'],
      a: ['Arn', 'Endpoint.Address'],
      t: { Opts: { p: { Size: 'i', Flag: 'b' }, r: ['Size'] } },
    },
  },
};

describe('the generated CloudFormation schema file form', () => {
  it('writes required names with "!" and enums and simple lists as short strings', () => {
    const wire = encodeCfnTypes(SMALL);
    expect(wire.resources['AWS::X::Y']?.p).toEqual({
      '!Mode': '=A|B',
      Modes: '[=A|B',
      '!Name': 's',
      Nested: '[[i',
      Opts: '@Opts',
      Tags: { m: 's' },
      Value: { u: ['s', '[@Opts'] },
    });
    expect(wire.resources['AWS::X::Y']?.t).toEqual({ Opts: { p: { '!Size': 'i', Flag: 'b' } } });
  });

  it('reads back exactly what it wrote', () => {
    expect(decodeCfnTypes(encodeCfnTypes(SMALL))).toEqual(SMALL);
    expect(decodeCfnTypes(encodeCfnTypes(CFN_SPEC))).toEqual(CFN_SPEC);
    expect(encodeCfnTypes(CFN_SPEC)).toEqual(WIRE);
  });

  it('refuses an enum it could not read back', () => {
    const bad: CfnTypes = { ...SMALL, resources: { 'AWS::X::Z': { p: { M: { e: ['a|b'] } }, a: [] } } };
    expect(() => encodeCfnTypes(bad)).toThrow(/cannot be written/);
  });

  it('keeps the required properties and enums the grader relies on', () => {
    const service = CFN_SPEC.resources['AWS::ECS::TaskDefinition'];
    expect(service?.t?.['ContainerDefinition']?.r).toEqual(['Image', 'Name']);
    expect(CFN_SPEC.resources['AWS::ECS::Service']?.p['SchedulingStrategy']).toEqual({
      e: ['DAEMON', 'REPLICA'],
    });
  });
});
