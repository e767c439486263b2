import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { schemaFor } from './schemas.ts';
import { definitionKey } from './cfn-editor-schema.ts';

type S = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const en = schemaFor('cfn', 'en').schema as S;
const ja = schemaFor('cfn', 'ja').schema as S;

describe('the editor’s CloudFormation schema', () => {
  it('offers the properties and enum values of each resource type, with the spec’s English docs', () => {
    const service = en['definitions'][definitionKey('AWS::ECS::Service')];
    expect(service.properties.LaunchType.examples).toEqual(['EC2', 'FARGATE', 'EXTERNAL']);
    expect(service.properties.LaunchType.description).toMatch(/launch type/i);
    expect(service.properties.DeploymentConfiguration.$ref).toBe(
      `#/definitions/${definitionKey('AWS::ECS::Service', 'DeploymentConfiguration')}`,
    );
    const breaker = en['definitions'][definitionKey('AWS::ECS::Service', 'DeploymentCircuitBreaker')];
    expect(breaker.properties.Rollback.description).toMatch(/\(required\)$/);
    expect(
      en['definitions'][definitionKey('AWS::ElasticLoadBalancingV2::TargetGroup')].properties,
    ).not.toHaveProperty('DeregistrationDelay');
  });

  it('picks the properties by Type and keeps the template sections', () => {
    const entry = en['properties'].Resources.additionalProperties;
    expect(entry.properties.Type.examples).toContain('AWS::ECS::TaskDefinition');
    const branch = entry.allOf.find((b: S) => b.if.properties.Type.const === 'AWS::ECS::TaskDefinition');
    expect(branch.then.properties.Properties.$ref).toBe(
      `#/definitions/${definitionKey('AWS::ECS::TaskDefinition')}`,
    );
    expect(en['properties'].AWSTemplateFormatVersion.enum).toEqual(['2010-09-09']);
  });

  it('shows our Japanese text on the Japanese site where we wrote it, English elsewhere', () => {
    const td = ja['definitions'][definitionKey('AWS::ECS::TaskDefinition')];
    expect(td.properties.Cpu.description).toContain('タスクの CPU');
    expect(td.properties.ExecutionRoleArn.description).toContain('タスク実行ロール');
    const container = ja['definitions'][definitionKey('AWS::ECS::TaskDefinition', 'ContainerDefinition')];
    expect(container.properties.Image.description).toContain('イメージ');
    expect(container.properties.Essential.description).toContain('タスク全体が止まる');
    const svc = ja['definitions'][definitionKey('AWS::ECS::Service')];
    expect(svc.properties.DesiredCount.description).toContain('維持するタスク数');
    const lg = ja['definitions'][definitionKey('AWS::Logs::LogGroup')];
    expect(lg.properties.RetentionInDays.description).toMatch(/[a-z]/);
  });

  it('constrains no property value, so intrinsic functions never get a squiggle', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(en);
    const template = {
      Resources: {
        Service: {
          Type: 'AWS::ECS::Service',
          Properties: {
            LaunchType: { 'Fn::If': ['On', 'FARGATE', 'EC2'] },
            DesiredCount: { Ref: 'Count' },
            NetworkConfiguration: { AwsvpcConfiguration: { Subnets: { Ref: 'Subnets' } } },
            Foo: 'reported by the grader, not the editor',
          },
        },
      },
    };
    expect(validate(template), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ Resources: { X: { Type: 'AWS::ECS::Service', Propertes: {} } } })).toBe(false);
  });
});
