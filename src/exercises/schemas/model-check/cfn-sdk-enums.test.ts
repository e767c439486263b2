/**
 * Every enum of the ECS and Application Auto Scaling resource types in the compact CloudFormation
 * schema, compared with the same member of AWS's API models (the SDK clients' type declarations).
 * A value the API model has and the schema lacks would make the grader reject a template AWS accepts;
 * such values are added in scripts/build-cfn-schema.ts (ENUM_OVERLAY) with a reason. When a dependency
 * update changes an enum, this test fails and lists the difference.
 */
import { describe, expect, it } from 'vitest';
import { applyEnumOverlay, ENUM_OVERLAY } from '../../../../scripts/build-cfn-schema.ts';
import { CFN_SPEC as CFN } from '../../grader/cfn-spec-static.ts';
import type { CfnShape, CfnType, CfnTypes } from '../cfn-types.ts';
import { loadSdkModel, type SdkModel, type SdkShape } from './sdk-shapes.ts';

const MODELS: readonly [prefix: string, model: SdkModel][] = [
  ['AWS::ECS::', loadSdkModel('@aws-sdk/client-ecs')],
  ['AWS::ApplicationAutoScaling::', loadSdkModel('@aws-sdk/client-application-auto-scaling')],
];

/** The API request of a resource type, where it is not `Create<Type>Request`. */
const REQUEST: Readonly<Record<string, string>> = {
  TaskDefinition: 'RegisterTaskDefinitionRequest',
  ScalableTarget: 'RegisterScalableTargetRequest',
  ScalingPolicy: 'PutScalingPolicyRequest',
};

/** Property types whose API structure has another name. */
const STRUCTURE: Readonly<Record<string, string>> = {
  AuthorizationConfig: 'EFSAuthorizationConfig',
  HookTimeoutConfig: 'DeploymentLifecycleHookTimeoutConfiguration',
};

function enumOf(t: CfnType): readonly string[] | undefined {
  if (typeof t !== 'object') return undefined;
  if ('e' in t) return t.e;
  if ('l' in t) return enumOf(t.l);
  if ('m' in t) return enumOf(t.m);
  return t.u.map(enumOf).find((e) => e !== undefined);
}

function sdkEnumOf(s: SdkShape | undefined): readonly string[] | undefined {
  if (s?.kind === 'string') return s.enum;
  if (s?.kind === 'list') return sdkEnumOf(s.member);
  if (s?.kind === 'map') return sdkEnumOf(s.value);
  return undefined;
}

interface Comparison {
  at: string;
  api: string;
  /** Values in the API model, not in the schema (the grader would wrongly refuse them). */
  apiOnly: string[];
  /** Values in the schema, not in the API model. */
  specOnly: string[];
}

/** Compares every enum-typed property of the ECS and Application Auto Scaling resource types. */
function compare(types: CfnTypes): { compared: Comparison[]; unmatched: string[] } {
  const compared: Comparison[] = [];
  const unmatched: string[] = [];
  for (const [type, res] of Object.entries(types.resources)) {
    const found = MODELS.find(([prefix]) => type.startsWith(prefix));
    if (!found) continue;
    const [prefix, model] = found;
    const name = type.slice(prefix.length);
    const shapes: [string, string, CfnShape][] = [[type, REQUEST[name] ?? `Create${name}Request`, res]];
    for (const [typeName, shape] of Object.entries(res.t ?? {})) {
      const base = typeName.replace(/\d+$/, '');
      shapes.push([`${type}/${typeName}`, STRUCTURE[base] ?? base, shape]);
    }
    for (const [where, structName, shape] of shapes)
      for (const [prop, t] of Object.entries(shape.p)) {
        const values = enumOf(t);
        if (!values) continue;
        const struct = model.structures.get(structName);
        const member = [...(struct?.members ?? [])].find(([k]) => k.toLowerCase() === prop.toLowerCase());
        const api = sdkEnumOf(member?.[1]);
        const at = `${where}.${prop}`;
        if (!member || !api) {
          unmatched.push(at);
          continue;
        }
        compared.push({
          at,
          api: `${structName}.${member[0]}`,
          apiOnly: api.filter((v) => !values.includes(v)),
          specOnly: values.filter((v) => !api.includes(v)),
        });
      }
  }
  return { compared, unmatched };
}

const differences = (list: Comparison[]) =>
  list
    .filter((c) => c.apiOnly.length + c.specOnly.length > 0)
    .map(({ at, apiOnly, specOnly }) => ({ at, apiOnly, specOnly }));

describe('CloudFormation enums against the AWS API models', () => {
  const { compared, unmatched } = compare(CFN);

  it('finds the API member of nearly every enum property', () => {
    expect(compared.length).toBeGreaterThan(40);
    // MetricNames is a plain string list in the ECS API model: nothing to compare with.
    expect(unmatched).toEqual(['AWS::ECS::Service/MetricConfiguration.MetricNames']);
  });

  it('lacks no value of the API model but one AWS refuses (the overlay fills the rest)', () => {
    expect(differences(compared)).toEqual([
      // The spec knows accelerators the ECS API model does not list yet: harmless (no false error).
      {
        at: 'AWS::ECS::CapacityProvider/InstanceRequirementsRequest.AcceleratorNames',
        apiOnly: [],
        specOnly: ['gaudi-hl-205', 'inferentia2', 'trainium', 'trainium2', 'u30'],
      },
      // AWS refuses it: Managed Instances are reached only through a capacity provider strategy
      // (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html).
      { at: 'AWS::ECS::Service.LaunchType', apiOnly: ['MANAGED_INSTANCES'], specOnly: [] },
    ]);
  });

  it('the overlay fills exactly the values the spec lacks', () => {
    const raw = structuredClone(CFN);
    for (const { at, add } of ENUM_OVERLAY) {
      const m = /^(AWS::[^./]+::[^./]+)(?:\/([^.]+))?\.(\w+)$/.exec(at);
      const resource = raw.resources[m?.[1] ?? ''];
      const shape = m?.[2] ? resource?.t?.[m[2]] : resource;
      const t = shape?.p[m?.[3] ?? ''];
      if (!shape || !t || typeof t !== 'object' || !('e' in t)) throw new Error(`${at} is not an enum`);
      (shape.p as Record<string, CfnType>)[m?.[3] ?? ''] = { e: t.e.filter((v) => !add.includes(v)) };
    }
    const lacking = differences(compare(raw).compared).filter(
      (d) => d.apiOnly.length > 0 && d.at !== 'AWS::ECS::Service.LaunchType',
    );
    expect(lacking).toEqual(ENUM_OVERLAY.map(({ at, add }) => ({ at, apiOnly: [...add], specOnly: [] })));
  });

  it('the overlay refuses a value the spec already has, and a target that is not an enum', () => {
    const copy = structuredClone(CFN);
    expect(() =>
      applyEnumOverlay(copy, [{ at: 'AWS::ECS::Service.LaunchType', add: ['FARGATE'], reason: 'test' }]),
    ).toThrow(/now lists FARGATE/);
    expect(() =>
      applyEnumOverlay(copy, [{ at: 'AWS::ECS::Service.ServiceName', add: ['X'], reason: 'test' }]),
    ).toThrow(/not an enum/);
  });
});
