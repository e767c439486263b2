import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { schemaFor } from './schemas.ts';
import { definitionKey } from './cfn-editor-schema.ts';

/** The member at a path of keys in a schema read from JSON, or undefined. */
function at(node: unknown, ...keys: string[]): unknown {
  let current = node;
  for (const key of keys)
    current =
      typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

const en = schemaFor('cfn', 'en').schema;
const ja = schemaFor('cfn', 'ja').schema;

describe('the editor’s CloudFormation schema', () => {
  it('offers the properties and enum values of each resource type, with the spec’s English docs', () => {
    const service = at(en, 'definitions', definitionKey('AWS::ECS::Service'), 'properties');
    expect(at(service, 'LaunchType', 'examples')).toEqual(['EC2', 'FARGATE', 'EXTERNAL']);
    expect(at(service, 'LaunchType', 'description')).toMatch(/launch type/i);
    expect(at(service, 'DeploymentConfiguration', '$ref')).toBe(
      `#/definitions/${definitionKey('AWS::ECS::Service', 'DeploymentConfiguration')}`,
    );
    const breaker = at(en, 'definitions', definitionKey('AWS::ECS::Service', 'DeploymentCircuitBreaker'));
    expect(at(breaker, 'properties', 'Rollback', 'description')).toMatch(/\(required\)$/);
    expect(
      at(en, 'definitions', definitionKey('AWS::ElasticLoadBalancingV2::TargetGroup'), 'properties'),
    ).not.toHaveProperty('DeregistrationDelay');
  });

  it('picks the properties by Type and keeps the template sections', () => {
    const entry = at(en, 'properties', 'Resources', 'additionalProperties');
    expect(at(entry, 'properties', 'Type', 'examples')).toContain('AWS::ECS::TaskDefinition');
    const branches = at(entry, 'allOf') as unknown[];
    const branch = branches.find(
      (b) => at(b, 'if', 'properties', 'Type', 'const') === 'AWS::ECS::TaskDefinition',
    );
    expect(at(branch, 'then', 'properties', 'Properties', '$ref')).toBe(
      `#/definitions/${definitionKey('AWS::ECS::TaskDefinition')}`,
    );
    expect(at(en, 'properties', 'AWSTemplateFormatVersion', 'enum')).toEqual(['2010-09-09']);
  });

  it('shows our Japanese text on the Japanese site where we wrote it, English elsewhere', () => {
    const td = at(ja, 'definitions', definitionKey('AWS::ECS::TaskDefinition'), 'properties');
    expect(at(td, 'Cpu', 'description')).toContain('タスクの CPU');
    expect(at(td, 'ExecutionRoleArn', 'description')).toContain('タスク実行ロール');
    const container = at(ja, 'definitions', definitionKey('AWS::ECS::TaskDefinition', 'ContainerDefinition'));
    expect(at(container, 'properties', 'Image', 'description')).toContain('イメージ');
    expect(at(container, 'properties', 'Essential', 'description')).toContain('タスク全体が止まる');
    const svc = at(ja, 'definitions', definitionKey('AWS::ECS::Service'));
    expect(at(svc, 'properties', 'DesiredCount', 'description')).toContain('維持するタスク数');
    const lg = at(ja, 'definitions', definitionKey('AWS::Logs::LogGroup'));
    expect(at(lg, 'properties', 'RetentionInDays', 'description')).toMatch(/[a-z]/);
  });

  it('constrains no property value, so intrinsic functions never get a squiggle', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(en as Record<string, unknown>);
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
