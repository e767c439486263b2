/** Passing and failing examples of the CloudFormation specification rules (see examples.ts). */
import type { RuleExample } from './examples.ts';

/** A small template with a parameter, a condition and a mapping; `service` adds service properties. */
export function specTemplate(service = '', extra = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
  Count:
    Type: Number
    Default: 2
Conditions:
  IsProd: !Equals [!Ref AWS::StackName, prod]
Mappings:
  Sizes:
    prod: { Desired: 4 }
    dev: { Desired: 1 }
Resources:
  Cluster:
    Type: AWS::ECS::Cluster
  TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: 80
      Protocol: HTTP
      TargetType: ip
      VpcId: vpc-0abc
      TargetGroupAttributes:
        - Key: deregistration_delay.timeout_seconds
          Value: '30'
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      TaskDefinition: web:1
      LaunchType: FARGATE
      DesiredCount: !If [IsProd, !FindInMap [Sizes, prod, Desired], !Ref Count]
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Subnets
          AssignPublicIp: !If [IsProd, DISABLED, ENABLED]
      DeploymentConfiguration:
        DeploymentCircuitBreaker: { Enable: true, Rollback: true }
${service}
${extra}`;
}

export const CFN_SPEC_EXAMPLES: Readonly<Record<string, RuleExample>> = {
  'cfn/unknown-property': {
    pass: specTemplate(),
    fail: specTemplate('      Foo: bar'),
  },
  'cfn/property-type': {
    pass: specTemplate('      EnableExecuteCommand: true'),
    fail: specTemplate('      EnableExecuteCommand: [true]'),
  },
  'cfn/enum-value': {
    pass: specTemplate(),
    fail: specTemplate().replace('LaunchType: FARGATE', 'LaunchType: Fargate'),
  },
  'cfn/required-property': {
    pass: specTemplate(),
    fail: specTemplate().replace('{ Enable: true, Rollback: true }', '{ Enable: true }'),
  },
  'cfn/undefined-condition': {
    pass: specTemplate(),
    fail: specTemplate().replace('!If [IsProd, DISABLED', '!If [IsProduction, DISABLED'),
  },
  'cfn/unknown-attribute': {
    pass: specTemplate('', 'Outputs:\n  ClusterArn:\n    Value: !GetAtt Cluster.Arn'),
    fail: specTemplate('', 'Outputs:\n  ClusterArn:\n    Value: !GetAtt Cluster.ClusterArn'),
  },
  'cfn/unknown-resource-type': {
    pass: specTemplate(),
    fail: specTemplate().replace('Type: AWS::ECS::Cluster', 'Type: AWS::ECS::Clusters'),
  },
  'cfn/missing-mapping': {
    pass: specTemplate(),
    fail: specTemplate().replace('!FindInMap [Sizes, prod', '!FindInMap [Size, prod'),
  },
};
