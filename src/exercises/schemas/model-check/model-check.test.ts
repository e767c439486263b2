import * as ecsClient from '@aws-sdk/client-ecs';
import * as scalingClient from '@aws-sdk/client-application-auto-scaling';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../source/index.ts';
import { compareWithModel, formatDiffs, mergeStructures, unexplained, type AllowedDiff } from './compare.ts';
import { loadSdkModel, type SdkModel, type SdkStructure } from './sdk-shapes.ts';

const ecs = loadSdkModel('@aws-sdk/client-ecs');
const scaling = loadSdkModel('@aws-sdk/client-application-auto-scaling');

function structure(model: SdkModel, name: string): SdkStructure {
  const st = model.structures.get(name);
  if (!st) throw new Error(`the SDK has no ${name}`);
  return st;
}

const LOOSE =
  'checked only as an object: the course does not teach it, and a loose object never flags valid input';
const ECS_ONLY =
  'ours is a free string so the scaling rules can explain, in both languages, which value an ECS service needs (service namespace ecs, dimension ecs:service:DesiredCount)';

/**
 * Reviewed differences, each with its reason. Anything else fails the test.
 * A container without a name or image is refused with "Container.name should not be null or empty."
 * and "Container.image should not be null or empty." (aws/aws-cli#5924;
 * awsdocs/aws-cloudformation-user-guide#612; https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html).
 */
const ALLOWED: Readonly<Record<string, readonly AllowedDiff[]>> = {
  taskdef: [
    {
      path: 'containerDefinitions[].name',
      kind: 'required',
      reason: 'optional in the model, but RegisterTaskDefinition refuses a container without a name',
    },
    {
      path: 'containerDefinitions[].image',
      kind: 'required',
      reason: 'optional in the model, but RegisterTaskDefinition refuses a container without an image',
    },
    { path: 'volumes[].fsxWindowsFileServerVolumeConfiguration', kind: 'not-modelled', reason: LOOSE },
    { path: 'proxyConfiguration', kind: 'not-modelled', reason: LOOSE + ' (App Mesh is retired)' },
  ],
  service: [
    { path: 'deploymentConfiguration.lifecycleHooks[]', kind: 'not-modelled', reason: LOOSE },
    {
      path: 'serviceConnectConfiguration.services[].clientAliases[].testTrafficRules',
      kind: 'not-modelled',
      reason: LOOSE,
    },
    { path: 'serviceConnectConfiguration.services[].tls', kind: 'not-modelled', reason: LOOSE },
    { path: 'volumeConfigurations[]', kind: 'not-modelled', reason: LOOSE },
    { path: 'vpcLatticeConfigurations[]', kind: 'not-modelled', reason: LOOSE },
    { path: 'gatewayConnectors[]', kind: 'not-modelled', reason: LOOSE },
    { path: 'monitoring', kind: 'not-modelled', reason: LOOSE },
  ],
  'scaling-target': [
    { path: 'ServiceNamespace', kind: 'enum', reason: ECS_ONLY },
    { path: 'ScalableDimension', kind: 'enum', reason: ECS_ONLY },
  ],
  'scaling-policy': [
    { path: 'ServiceNamespace', kind: 'enum', reason: ECS_ONLY },
    { path: 'ScalableDimension', kind: 'enum', reason: ECS_ONLY },
    {
      path: 'TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification.PredefinedMetricType',
      kind: 'enum',
      reason:
        'ours lists only the metric types of ECS services; AWS refuses the other services’ metric types for an ECS service dimension',
    },
    {
      path: 'TargetTrackingScalingPolicyConfiguration.CustomizedMetricSpecification',
      kind: 'not-modelled',
      reason: LOOSE,
    },
    { path: 'PredictiveScalingPolicyConfiguration', kind: 'not-modelled', reason: LOOSE },
  ],
  'scheduled-action': [
    { path: 'ServiceNamespace', kind: 'enum', reason: ECS_ONLY },
    { path: 'ScalableDimension', kind: 'enum', reason: ECS_ONLY },
  ],
  'run-task': [
    { path: 'overrides.containerOverrides[].environmentFiles[]', kind: 'not-modelled', reason: LOOSE },
    { path: 'overrides.containerOverrides[].resourceRequirements[]', kind: 'not-modelled', reason: LOOSE },
    { path: 'overrides.inferenceAcceleratorOverrides[]', kind: 'not-modelled', reason: LOOSE },
    { path: 'overrides.ephemeralStorage', kind: 'not-modelled', reason: LOOSE },
    { path: 'placementConstraints[]', kind: 'not-modelled', reason: LOOSE },
    { path: 'placementStrategy[]', kind: 'not-modelled', reason: LOOSE },
    { path: 'volumeConfigurations[]', kind: 'not-modelled', reason: LOOSE },
  ],
};

const CASES: readonly { kind: string; model: SdkModel; shape: () => SdkStructure }[] = [
  { kind: 'taskdef', model: ecs, shape: () => structure(ecs, 'RegisterTaskDefinitionRequest') },
  {
    kind: 'service',
    model: ecs,
    shape: () =>
      mergeStructures('CreateServiceRequest+UpdateServiceRequest', [
        structure(ecs, 'CreateServiceRequest'),
        structure(ecs, 'UpdateServiceRequest'),
      ]),
  },
  {
    kind: 'scaling-target',
    model: scaling,
    shape: () => structure(scaling, 'RegisterScalableTargetRequest'),
  },
  { kind: 'scaling-policy', model: scaling, shape: () => structure(scaling, 'PutScalingPolicyRequest') },
  { kind: 'scheduled-action', model: scaling, shape: () => structure(scaling, 'PutScheduledActionRequest') },
  { kind: 'run-task', model: ecs, shape: () => structure(ecs, 'RunTaskRequest') },
];

describe('our JSON Schemas agree with the AWS SDK models', () => {
  for (const c of CASES) {
    // The run-task schema comes with the grader-fidelity branch; its case runs once both are merged.
    it.runIf(c.kind !== 'run-task' || SCHEMAS[c.kind] !== undefined)(
      `${c.kind}: every member, type, enum value and required flag (allow-list aside)`,
      () => {
        const schema = SCHEMAS[c.kind];
        expect(schema).toBeDefined();
        const diffs = compareWithModel(schema ?? {}, c.shape(), c.model);
        const { diffs: open, stale } = unexplained(diffs, ALLOWED[c.kind] ?? []);
        expect(formatDiffs(c.kind, open)).toBe(`${c.kind}: no differences`);
        expect(stale, 'allow-list entries that no longer match a difference').toEqual([]);
      },
    );
  }

  it('every allow-list entry gives a reason', () => {
    for (const list of Object.values(ALLOWED))
      for (const a of list) expect(a.reason.length).toBeGreaterThan(20);
  });
});

describe('the comparison', () => {
  it('reports a deliberately removed member, with a readable diff', () => {
    const copy = structuredClone(SCHEMAS['taskdef']) as Record<string, unknown>;
    const props = copy['properties'] as Record<string, unknown>;
    delete props['trustedExecutionConfiguration'];
    const diffs = compareWithModel(copy, structure(ecs, 'RegisterTaskDefinitionRequest'), ecs);
    const { diffs: open } = unexplained(diffs, ALLOWED['taskdef'] ?? []);
    expect(open).toEqual([
      {
        path: 'trustedExecutionConfiguration',
        kind: 'missing-member',
        detail: 'SDK has structure TrustedExecutionConfiguration',
      },
    ]);
    expect(formatDiffs('taskdef', open)).toMatch(
      /taskdef: 1 difference\(s\) from the AWS SDK model\n {2}missing-member +trustedExecutionConfiguration — SDK has structure/,
    );
  });

  it('reports nested enum, type and required differences', () => {
    const copy = structuredClone(SCHEMAS['taskdef']) as Record<string, unknown>;
    const props = copy['properties'] as Record<string, Record<string, unknown>>;
    (props['networkMode'] as Record<string, unknown>)['enum'] = ['bridge', 'awsvpc', 'overlay'];
    props['family'] = { type: 'integer' };
    copy['required'] = ['containerDefinitions'];
    const diffs = compareWithModel(copy, structure(ecs, 'RegisterTaskDefinitionRequest'), ecs);
    const text = formatDiffs('taskdef', unexplained(diffs, ALLOWED['taskdef'] ?? []).diffs);
    expect(text).toContain('enum            networkMode — missing host, none; not in the SDK: overlay');
    expect(text).toContain("type            family — ours is integer, the SDK's is string");
    expect(text).toContain('not-required    family — required in RegisterTaskDefinitionRequest');
  });

  it('reads the same members and required counts as the SDK’s runtime schemas', () => {
    // Runtime schema tuples: [3, namespace, name, traits, memberNames, memberSchemas, requiredCount?]
    const runtime: [SdkModel, string, unknown][] = [
      [ecs, 'RegisterTaskDefinitionRequest', ecsClient.RegisterTaskDefinitionRequest$],
      [ecs, 'CreateServiceRequest', ecsClient.CreateServiceRequest$],
      [ecs, 'UpdateServiceRequest', ecsClient.UpdateServiceRequest$],
      [ecs, 'ContainerDefinition', ecsClient.ContainerDefinition$],
      [scaling, 'RegisterScalableTargetRequest', scalingClient.RegisterScalableTargetRequest$],
      [scaling, 'PutScalingPolicyRequest', scalingClient.PutScalingPolicyRequest$],
      [scaling, 'PutScheduledActionRequest', scalingClient.PutScheduledActionRequest$],
    ];
    for (const [model, name, tuple] of runtime) {
      const t = tuple as readonly unknown[];
      const st = structure(model, name);
      expect(t[2], name).toBe(name);
      expect([...st.members.keys()].sort(), name).toEqual([...(t[4] as string[])].sort());
      expect(st.required.size, name).toBe(typeof t[6] === 'number' ? t[6] : 0);
    }
  });
});
