/** Documents the rule examples are built from: clean task definitions, services, policies, templates. */
import type { Kind, Target } from '../types.ts';

export type J = Record<string, unknown>;

export const json = (v: unknown): string => JSON.stringify(v, null, 2);

export const EXEC = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

export const TASK = 'arn:aws:iam::123456789012:role/web-task-role';

export const container = (patch: J = {}): J => ({
  name: 'app',
  image: 'public.ecr.aws/nginx/nginx:1.27',
  essential: true,
  portMappings: [{ containerPort: 80, protocol: 'tcp' }],
  user: '1000:1000',
  readonlyRootFilesystem: true,
  healthCheck: {
    command: ['CMD-SHELL', 'wget -qO- http://localhost/ || exit 1'],
    interval: 30,
    timeout: 5,
    retries: 3,
    startPeriod: 10,
  },
  logConfiguration: {
    logDriver: 'awslogs',
    options: {
      'awslogs-group': '/ecs/web',
      'awslogs-region': 'ap-northeast-1',
      'awslogs-stream-prefix': 'web',
    },
  },
  ...patch,
});

/** A clean Fargate task definition: no findings at all. */
export const fargateTd = (patch: J = {}, c: J = {}): J => ({
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  executionRoleArn: EXEC,
  taskRoleArn: TASK,
  containerDefinitions: [container(c)],
  ...patch,
});

/** A clean EC2 task definition (bridge mode, container memory). */
export const ec2Td = (patch: J = {}, c: J = {}): J => ({
  family: 'web-ec2',
  requiresCompatibilities: ['EC2'],
  containerDefinitions: [
    container({ memory: 512, portMappings: [{ containerPort: 80, hostPort: 0 }], ...c }),
  ],
  ...patch,
});

/** A clean Fargate service. */
export const fargateService = (patch: J = {}, dc: J = {}): J => ({
  cluster: 'prod',
  serviceName: 'web',
  taskDefinition: 'web:1',
  desiredCount: 2,
  launchType: 'FARGATE',
  networkConfiguration: {
    awsvpcConfiguration: {
      subnets: ['subnet-0a1b2c3d'],
      securityGroups: ['sg-0a1b2c3d'],
      assignPublicIp: 'DISABLED',
    },
  },
  deploymentConfiguration: {
    deploymentCircuitBreaker: { enable: true, rollback: true },
    minimumHealthyPercent: 100,
    maximumPercent: 200,
    ...dc,
  },
  ...patch,
});

export const scalingTarget = (patch: J = {}): J => ({
  ServiceNamespace: 'ecs',
  ResourceId: 'service/prod/web',
  ScalableDimension: 'ecs:service:DesiredCount',
  MinCapacity: 2,
  MaxCapacity: 10,
  ...patch,
});

export const targetTrackingPolicy = (patch: J = {}, tt: J = {}): J => ({
  PolicyName: 'cpu60',
  ServiceNamespace: 'ecs',
  ResourceId: 'service/prod/web',
  ScalableDimension: 'ecs:service:DesiredCount',
  PolicyType: 'TargetTrackingScaling',
  TargetTrackingScalingPolicyConfiguration: {
    TargetValue: 60,
    PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    ScaleOutCooldown: 60,
    ScaleInCooldown: 300,
    ...tt,
  },
  ...patch,
});

export const stepPolicy = (steps: unknown[]): J => ({
  PolicyName: 'step',
  ServiceNamespace: 'ecs',
  ResourceId: 'service/prod/web',
  ScalableDimension: 'ecs:service:DesiredCount',
  PolicyType: 'StepScaling',
  StepScalingPolicyConfiguration: {
    AdjustmentType: 'ChangeInCapacity',
    StepAdjustments: steps,
    Cooldown: 60,
  },
});

export const scheduledAction = (patch: J = {}): J => ({
  ServiceNamespace: 'ecs',
  ScheduledActionName: 'morning',
  ResourceId: 'service/prod/web',
  ScalableDimension: 'ecs:service:DesiredCount',
  Schedule: 'cron(0 8 ? * MON-FRI *)',
  Timezone: 'Asia/Tokyo',
  ScalableTargetAction: { MinCapacity: 4, MaxCapacity: 20 },
  ...patch,
});

export const policy = (statements: unknown[], version: unknown = '2012-10-17'): J => ({
  Version: version,
  Statement: statements,
});

/** A small clean CloudFormation template; `extra` is appended under Resources. */
export function template(taskProps = '', serviceProps = '', extra = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Subnet:
    Type: AWS::EC2::Subnet::Id
Resources:
  LogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /ecs/web
      RetentionInDays: 30
  ExecutionRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      Cpu: '256'
      Memory: '512'
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      ExecutionRoleArn: !GetAtt ExecutionRole.Arn
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/nginx/nginx:1.27
          User: '1000'
          ReadonlyRootFilesystem: true
          PortMappings:
            - ContainerPort: 80
          HealthCheck:
            Command: [CMD-SHELL, 'wget -qO- http://localhost/ || exit 1']
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref LogGroup
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: web
${taskProps}
  Service:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref TaskDefinition
      LaunchType: FARGATE
      DesiredCount: 2
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [!Ref Subnet]
      DeploymentConfiguration:
        DeploymentCircuitBreaker: { Enable: true, Rollback: true }
${serviceProps}
${extra}`;
}

export const td = (patch: J = {}, c: J = {}): string => json(fargateTd(patch, c));

/** An EC2 service in bridge mode with a dynamic host port behind a target group. */
export function dynamicPortTemplate(healthCheckPort: string): string {
  return `Parameters:
  Vpc:
    Type: AWS::EC2::VPC::Id
Resources:
  TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      VpcId: !Ref Vpc
      Port: 8080
      Protocol: HTTP
      HealthCheckPath: /health
      HealthCheckPort: '${healthCheckPort}'
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      RequiresCompatibilities: [EC2]
      ContainerDefinitions:
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          User: '101'
          ReadonlyRootFilesystem: true
          PortMappings:
            - ContainerPort: 8080
              HostPort: 0
          HealthCheck:
            Command: [CMD-SHELL, 'wget -qO- http://localhost:8080/health || exit 1']
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: /ecs/web
              awslogs-region: !Ref AWS::Region
  Service:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref TaskDefinition
      LaunchType: EC2
      DesiredCount: 2
      DeploymentConfiguration:
        DeploymentCircuitBreaker: { Enable: true, Rollback: true }
      LoadBalancers:
        - ContainerName: web
          ContainerPort: 8080
          TargetGroupArn: !Ref TargetGroup
`;
}

export const svc = (patch: J = {}, dc: J = {}): string => json(fargateService(patch, dc));

export function aliasBomb(): string {
  const lines = ['family: bomb', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
  let prev = 'a';
  for (const name of ['b', 'c', 'd', 'e', 'f']) {
    lines.push(
      `${name}: &${name} [${Array(10)
        .fill('*' + prev)
        .join(', ')}]`,
    );
    prev = name;
  }
  return lines.join('\n');
}

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

/** A failing example: the document, and the finding the rule must report first in it. */
export interface FailingExample {
  readonly src: string;
  /** Message id of the rule's first finding in this document. */
  readonly messageId: string;
  /** JSON pointer and 1-based line of that finding. */
  readonly path: string;
  readonly line: number;
}

/** A rule's examples: documents it must flag and documents it must leave alone. */
export interface RuleExamples {
  readonly kind?: Kind;
  readonly target?: Target;
  readonly fail: readonly FailingExample[];
  readonly pass: readonly string[];
}
