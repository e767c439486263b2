import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCfnSchemaFiles } from '../../../../../scripts/build-cfn-schema.ts';
import { grade } from '../../grade.ts';
import { parameterKind } from './checks.ts';
import { CFN_SPEC } from '../../cfn-spec-static.ts';
import { specTemplate } from '../example-docs.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');

/** Findings of the spec rules only, as `ruleId path`. */
function spec(src: string): string[] {
  return grade(src, { lang: 'en' })
    .findings.filter((f) =>
      /^cfn\/(unknown-property|property-type|enum-value|required-property|undefined-condition|missing-mapping|unknown-attribute|unknown-resource-type)$/.test(
        f.ruleId,
      ),
    )
    .map((f) => `${f.ruleId} ${f.path}`);
}

const svc = (props: string, head = ''): string => `${head}Resources:
  Service:
    Type: AWS::ECS::Service
    Properties:
${props}`;

describe('CloudFormation checked against the specification', () => {
  it('the course template baseline is clean', () => {
    expect(spec(specTemplate())).toEqual([]);
  });

  it('finds the issue’s three mistakes at the right path and line, in both languages', () => {
    const src = `Resources:
  TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: 80
      Protocol: HTTP
      VpcId: vpc-1
      DeregistrationDelay: 30
  Service:
    Type: AWS::ECS::Service
    Properties:
      LaunchType: Fargate
      Foo: bar
`;
    const result = grade(src, { lang: 'ja' });
    const byRule = (id: string): (typeof result.findings)[number][] =>
      result.findings.filter((f) => f.ruleId === id);
    const [delay, foo] = byRule('cfn/unknown-property');
    expect(delay).toMatchObject({
      path: '/Resources/TargetGroup/Properties/DeregistrationDelay',
      line: 8,
      severity: 'error',
    });
    expect(delay?.messages.en).toContain('TargetGroupAttributes: Key deregistration_delay.timeout_seconds');
    expect(delay?.messages.ja).toContain('TargetGroupAttributes');
    expect(foo).toMatchObject({ path: '/Resources/Service/Properties/Foo', line: 13 });
    expect(foo?.messages.en).toBe('AWS::ECS::Service has no property Foo.');
    expect(foo?.message).toBe('AWS::ECS::Service に Foo というプロパティはありません。');
    const [launch] = byRule('cfn/enum-value');
    expect(launch).toMatchObject({ path: '/Resources/Service/Properties/LaunchType', line: 12 });
    expect(launch?.messages.en).toBe(
      'LaunchType cannot be "Fargate". Allowed: EC2, FARGATE, EXTERNAL. Did you mean FARGATE?',
    );
    expect(launch?.lesson).toEqual({ lesson: '10-iac', anchor: 'template-overview' });
    expect(result.accepted).toBe(false);
  });

  it('suggests the property name with the right case', () => {
    const f = grade(svc('      desiredCount: 2'), { lang: 'en' }).findings.find(
      (x) => x.ruleId === 'cfn/unknown-property',
    );
    expect(f?.message).toBe('AWS::ECS::Service has no property desiredCount. Did you mean DesiredCount?');
  });

  it('checks nested property types, lists and required members', () => {
    expect(
      spec(
        svc(`      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: subnet-1
          AssignPublicIp: yes
      DeploymentConfiguration:
        DeploymentCircuitBreaker: { Enable: true }
        MaximumPercent: lots`),
      ),
    ).toEqual([
      'cfn/property-type /Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/Subnets',
      'cfn/enum-value /Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/AssignPublicIp',
      'cfn/required-property /Resources/Service/Properties/DeploymentConfiguration/DeploymentCircuitBreaker',
      'cfn/property-type /Resources/Service/Properties/DeploymentConfiguration/MaximumPercent',
    ]);
  });

  it('accepts what CloudFormation converts: numeric strings, "true"/"false", numbers for strings', () => {
    expect(
      spec(svc("      DesiredCount: '2'\n      EnableExecuteCommand: 'true'\n      PlatformVersion: 1.4")),
    ).toEqual([]);
    expect(spec(svc('      DesiredCount: 2.5'))).toEqual([
      'cfn/property-type /Resources/Service/Properties/DesiredCount',
    ]);
  });

  it('understands intrinsic functions where a value is expected', () => {
    const head = `Parameters:
  Count: { Type: Number }
  Name: { Type: String }
  Subnets: { Type: List<AWS::EC2::Subnet::Id> }
  Groups: { Type: CommaDelimitedList }
  SsmList: { Type: 'AWS::SSM::Parameter::Value<List<String>>' }
Conditions:
  On: !Equals [a, a]
`;
    const ok = svc(
      `      DesiredCount: !Ref Count
      ServiceName: !Sub '\${AWS::StackName}-web'
      Cluster: !ImportValue shared-cluster
      TaskDefinition: !GetAtt Task.TaskDefinitionArn
      PlatformVersion: !Select [0, [LATEST]]
      Role: !Join ['', [arn, ':']]
      HealthCheckGracePeriodSeconds: !FindInMap [M, a, b]
      EnableExecuteCommand: !If [On, true, !Ref AWS::NoValue]
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Subnets
          SecurityGroups: !Ref Groups
      PlacementConstraints: !GetAtt X.Y
      Tags: !If [On, [{ Key: a, Value: b }], !Ref AWS::NoValue]
      LoadBalancers:
        - ContainerName: !Ref Name
          ContainerPort: !Ref Count
          TargetGroupArn: !Base64 x
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: a
          Image: b
          Command: !Split [' ', 'a b']
          DnsServers: !Ref SsmList
          Links: !GetAZs ''
      Cpu: !Ref Count
Mappings:
  M: { a: { b: 1 } }`,
      head,
    );
    expect(spec(ok)).toEqual([]);
    const bad = svc(
      `      ServiceName: !Ref Subnets
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Name
          SecurityGroups: !Sub sg-1
      LoadBalancers: !Split [',', 'a,b']
      PlacementConstraints:
        - !Split [',', 'a,b']`,
      head,
    );
    expect(spec(bad)).toEqual([
      'cfn/property-type /Resources/Service/Properties/ServiceName',
      'cfn/property-type /Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/Subnets',
      'cfn/property-type /Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/SecurityGroups',
      'cfn/property-type /Resources/Service/Properties/PlacementConstraints/0',
    ]);
    const msg = grade(bad, { lang: 'en' }).findings.find((f) => f.path.endsWith('/ServiceName'))?.message;
    expect(msg).toBe('ServiceName needs a string, but this is a list.');
  });

  it('checks both branches of Fn::If', () => {
    const src = `Conditions:
  On: !Equals [a, a]
${svc('      LaunchType: !If [On, FARGATE, Fargate]\n      DesiredCount: !If [On, many, 2]')}`;
    expect(spec(src)).toEqual([
      'cfn/enum-value /Resources/Service/Properties/LaunchType/Fn::If/2',
      'cfn/property-type /Resources/Service/Properties/DesiredCount/Fn::If/1',
    ]);
    const props = `Conditions:
  On: !Equals [a, a]
Resources:
  Service:
    Type: AWS::ECS::Service
    Properties: !If [On, { DesiredCount: 1 }, { Foo: 1 }]`;
    expect(spec(props)).toEqual(['cfn/unknown-property /Resources/Service/Properties/Fn::If/2/Foo']);
  });

  it('reads JSON templates with long-form intrinsics', () => {
    const src = JSON.stringify({
      Parameters: { Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' } },
      Resources: {
        Service: {
          Type: 'AWS::ECS::Service',
          Properties: {
            LaunchType: { 'Fn::If': ['Missing', 'FARGATE', 'EC2'] },
            NetworkConfiguration: { AwsvpcConfiguration: { Subnets: { Ref: 'Subnets' } } },
            DesiredCount: { 'Fn::FindInMap': ['Nope', 'a', 'b'] },
          },
        },
      },
    });
    expect(spec(src)).toEqual([
      'cfn/undefined-condition /Resources/Service/Properties/LaunchType/Fn::If/0',
      'cfn/missing-mapping /Resources/Service/Properties/DesiredCount/Fn::FindInMap/0',
    ]);
  });

  it('finds conditions and mapping keys that do not exist', () => {
    const src = `Mappings:
  Sizes:
    prod: { Desired: 4 }
Conditions:
  On: !Equals [a, a]
  Both: !And [!Condition On, !Condition Off]
Resources:
  Service:
    Type: AWS::ECS::Service
    Condition: Missing
    Properties:
      DesiredCount: !FindInMap [Sizes, dev, Desired]
      HealthCheckGracePeriodSeconds: !FindInMap [Sizes, prod, Grace]
Outputs:
  Out:
    Condition: On
    Value: !FindInMap [Sizes, !Ref AWS::Region, Desired]`;
    expect(spec(src).sort()).toEqual(
      [
        'cfn/undefined-condition /Resources/Service/Condition',
        'cfn/undefined-condition /Conditions/Both/Fn::And/1/Condition',
        'cfn/missing-mapping /Resources/Service/Properties/DesiredCount/Fn::FindInMap/1',
        'cfn/missing-mapping /Resources/Service/Properties/HealthCheckGracePeriodSeconds/Fn::FindInMap/2',
      ].sort(),
    );
  });

  it('finds Fn::GetAtt attributes the resource type does not have', () => {
    const src = `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions: [{ Name: a, Image: b }]
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
Outputs:
  A: { Value: !GetAtt Task.Arn }
  B: { Value: !GetAtt Task.TaskDefinitionArn }
  C: { Value: { 'Fn::GetAtt': [Role, Arn] } }
  D: { Value: { 'Fn::GetAtt': [Role, RoleArn] } }
  E: { Value: !GetAtt Other.Anything }`;
    expect(spec(src)).toEqual([
      'cfn/unknown-attribute /Outputs/A/Value/Fn::GetAtt',
      'cfn/unknown-attribute /Outputs/D/Value/Fn::GetAtt',
    ]);
    const a = grade(src, { lang: 'en' }).findings.find((f) => f.path === '/Outputs/A/Value/Fn::GetAtt');
    expect(a?.message).toBe(
      'Task (AWS::ECS::TaskDefinition) has no attribute Arn. Attributes: TaskDefinitionArn.',
    );
    expect(a?.line).toBe(11);
  });

  it('reports required properties of a resource without Properties', () => {
    expect(spec('Resources:\n  Role:\n    Type: AWS::IAM::Role\n')).toEqual([
      'cfn/required-property /Resources/Role',
    ]);
  });

  it('knows every resource type of ECS, Application Auto Scaling, ELBv2 and Cloud Map', () => {
    const src = 'Resources:\n  A:\n    Type: AWS::ECS::TaskDefinitions\n  B:\n    Type: AWS::ECS::Daemon\n';
    expect(spec(src)).toEqual(['cfn/unknown-resource-type /Resources/A/Type']);
    expect(grade(src, { lang: 'en' }).findings[0]?.message).toBe(
      'There is no resource type AWS::ECS::TaskDefinitions. Did you mean AWS::ECS::TaskDefinition?',
    );
  });

  it('refuses null values, as CloudFormation does', () => {
    expect(spec(svc('      ServiceName:\n      DesiredCount: 1'))).toEqual([
      'cfn/property-type /Resources/Service/Properties/ServiceName',
    ]);
  });

  it('leaves resource types outside the course alone', () => {
    expect(
      spec('Resources:\n  Topic:\n    Type: AWS::S3::Bucket\n    Properties:\n      Anything: 1\n'),
    ).toEqual([]);
  });

  it('checks the AllowedValues and Default of a parameter used where an enum is expected', () => {
    const head = `Parameters:
  Launch: { Type: String, AllowedValues: [FARGATE, Fargate] }
  Mode: { Type: String, Default: fargate }
  Good: { Type: String, AllowedValues: [SERVICE, TASK_DEFINITION], Default: SERVICE }
`;
    const src = svc(
      '      LaunchType: !Ref Launch\n      SchedulingStrategy: !Ref Mode\n      PropagateTags: !Ref Good',
      head,
    );
    expect(spec(src)).toEqual([
      'cfn/enum-value /Resources/Service/Properties/LaunchType',
      'cfn/enum-value /Resources/Service/Properties/SchedulingStrategy',
    ]);
    const [launch] = grade(src, { lang: 'en' }).findings.filter((f) => f.ruleId === 'cfn/enum-value');
    expect(launch?.message).toBe(
      'LaunchType cannot be "Fargate". Allowed: EC2, FARGATE, EXTERNAL. Did you mean FARGATE?',
    );
  });

  it('knows list parameter types', () => {
    expect(parameterKind('CommaDelimitedList')).toBe('list');
    expect(parameterKind('List<AWS::EC2::SecurityGroup::Id>')).toBe('list');
    expect(parameterKind('AWS::SSM::Parameter::Value<List<String>>')).toBe('list');
    expect(parameterKind('Number')).toBe('scalar');
    expect(parameterKind('AWS::EC2::VPC::Id')).toBe('scalar');
  });
});

describe('robustness', () => {
  const types = ['AWS::ECS::Service', 'AWS::ECS::TaskDefinition', 'AWS::ElasticLoadBalancingV2::TargetGroup'];
  const intrinsic = fc.oneof(
    fc.record({ Ref: fc.oneof(fc.string(), fc.constant('AWS::NoValue'), fc.constant('P')) }),
    fc.record({ 'Fn::If': fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }) }),
    fc.record({
      'Fn::GetAtt': fc.oneof(fc.string(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 })),
    }),
    fc.record({ 'Fn::FindInMap': fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }) }),
    fc.record({ 'Fn::Sub': fc.jsonValue({ maxDepth: 1 }) }),
  );
  const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), intrinsic);

  it('never throws on random values for known properties, and reports well-formed findings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.func(value), fc.boolean(), (type, pick, json) => {
        const spec = CFN_SPEC.resources[type];
        const props = Object.fromEntries(Object.keys(spec?.p ?? {}).map((k, i) => [k, pick(i)]));
        const template = {
          Parameters: { P: { Type: 'List<String>', AllowedValues: pick(-1) } },
          Mappings: pick(-2),
          Conditions: pick(-3),
          Resources: { R: { Type: type, Properties: props, Condition: pick(-4) } },
          Outputs: { O: { Value: pick(-5) } },
        };
        const src = json ? JSON.stringify(template) : JSON.stringify(template, null, 1);
        const result = grade(src);
        for (const f of result.findings) {
          expect(f.path === '' || f.path.startsWith('/')).toBe(true);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.messages.ja.length > 0 && f.messages.en.length > 0).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the compact CloudFormation schema', () => {
  it('is up to date with the installed specification (run node scripts/build-cfn-schema.ts)', async () => {
    for (const [rel, content] of Object.entries(await buildCfnSchemaFiles()))
      expect(readFileSync(join(root, rel), 'utf8') === content, `${rel} is stale`).toBe(true);
  });

  it('covers every resource type used in the lessons and exercises', () => {
    const used = new Set<string>();
    const files = [
      ...['src/content/docs/lessons', 'src/content/docs/en/lessons'].flatMap((d) =>
        readdir(join(root, d)).map((f) => join(root, d, f)),
      ),
      ...readdir(join(root, 'src/exercises/catalog')).map((f) => join(root, 'src/exercises/catalog', f)),
    ];
    for (const f of files)
      for (const m of readFileSync(f, 'utf8').matchAll(
        /Type:\s*['"]?(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)['"]?\s*$/gm,
      ))
        used.add(m[1] ?? '');
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((t) => !CFN_SPEC.resources[t])).toEqual([]);
  });

  it('has the enums the issue names', () => {
    expect(CFN_SPEC.resources['AWS::ECS::Service']?.p['LaunchType']).toEqual({
      e: ['EC2', 'FARGATE', 'EXTERNAL'],
    });
    expect(
      CFN_SPEC.resources['AWS::ElasticLoadBalancingV2::TargetGroup']?.p['DeregistrationDelay'],
    ).toBeUndefined();
  });
});

function readdir(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(mdx|ts)$/.test(f));
}
