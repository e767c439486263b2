/**
 * One passing and one failing example per rule. A test iterates over the catalogue and fails when
 * a rule has no examples here, so every rule is shown to fire and to stay quiet.
 */
import type { Kind, Target } from '../types.ts';
import { CFN_SPEC_EXAMPLES } from './examples-cfn-spec.ts';

export interface RuleExample {
  readonly kind?: Kind;
  readonly target?: Target;
  readonly pass: string;
  readonly fail: string;
}

type J = Record<string, unknown>;
const json = (v: unknown): string => JSON.stringify(v, null, 2);

const EXEC = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
const TASK = 'arn:aws:iam::123456789012:role/web-task-role';

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

const td = (patch: J = {}, c: J = {}): string => json(fargateTd(patch, c));

/** An EC2 service in bridge mode with a dynamic host port behind a target group. */
function dynamicPortTemplate(healthCheckPort: string): string {
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
const svc = (patch: J = {}, dc: J = {}): string => json(fargateService(patch, dc));

function aliasBomb(): string {
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

export const RULE_EXAMPLES: Readonly<Record<string, RuleExample>> = {
  'input/syntax': { pass: td(), fail: '{"family": "web",' },
  'input/empty': { pass: td(), fail: '  \n' },
  'input/too-large': { pass: td(), fail: json(fargateTd({}, { command: ['x'.repeat(300_000)] })) },
  'input/too-deep': { pass: td(), fail: '{"family": ' + '['.repeat(150) + ']'.repeat(150) + '}' },
  'input/too-many-nodes': {
    kind: 'taskdef',
    pass: 'family: ok\ncontainerDefinitions: []',
    fail: aliasBomb(),
  },
  'input/too-many-findings': {
    pass: td(),
    fail: json({ family: 'many', containerDefinitions: Array.from({ length: 600 }, () => ({})) }),
  },
  'input/duplicate-key': { pass: td(), fail: '{"family": "a", "family": "b", "containerDefinitions": []}' },
  'input/unknown-kind': { pass: td(), fail: '{"hello": "world"}' },
  'input/null-value': { pass: td(), fail: td({ taskRoleArn: null }) },
  'input/output-only-key': { pass: td(), fail: json({ taskDefinition: fargateTd({ revision: 3 }) }) },
  'input/dropped-by-action': {
    target: 'github-action',
    pass: td(),
    fail: td({
      taskDefinitionArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/web:3',
      revision: 3,
    }),
  },
  'input/unknown-parameter': { pass: td(), fail: td({ familly: 'web' }) },
  'input/wrong-type': { pass: td(), fail: td({}, { cpu: '256' }) },
  'input/missing-required': { pass: td(), fail: json({ containerDefinitions: [container()] }) },
  'input/invalid-value': {
    pass: td(),
    fail: td({}, { portMappings: [{ containerPort: 80, protocol: 'http' }] }),
  },
  'taskdef/fargate-cpu-memory-required': { pass: td(), fail: td({ memory: undefined }) },
  'taskdef/fargate-size': {
    pass: td({ cpu: '1 vCPU', memory: '2 GB' }),
    fail: td({ cpu: '1024', memory: '1024' }),
  },
  'taskdef/task-cpu': { pass: td({ cpu: '.25 vCPU' }), fail: td({ cpu: 'quarter' }) },
  'taskdef/task-memory': { pass: td({ memory: '0.5GB' }), fail: td({ memory: '512MB' }) },
  'taskdef/container-cpu-sum': { pass: td({}, { cpu: 256 }), fail: td({}, { cpu: 512 }) },
  'taskdef/container-memory': { pass: td({}, { memory: 512 }), fail: td({}, { memory: 1024 }) },
  'taskdef/container-memory-required': { pass: json(ec2Td()), fail: json(ec2Td({}, { memory: undefined })) },
  'taskdef/memory-reservation': {
    pass: json(ec2Td({}, { memoryReservation: 512 })),
    fail: json(ec2Td({}, { memoryReservation: 600 })),
  },
  'taskdef/memory-reservation-sum': {
    pass: td({
      containerDefinitions: [
        container({ memoryReservation: 256 }),
        container({ name: 'side', memoryReservation: 256 }),
      ],
    }),
    fail: td({
      containerDefinitions: [
        container({ memoryReservation: 384 }),
        container({ name: 'side', memoryReservation: 256 }),
      ],
    }),
  },
  'taskdef/image-name': {
    pass: td({}, { image: '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/web:1.4.2' }),
    fail: td({}, { image: '<IMAGE1_NAME>' }),
  },
  'taskdef/health-check-command': {
    pass: td(),
    fail: td({}, { healthCheck: { command: ['/healthcheck'], interval: 30 } }),
  },
  'taskdef/efs-transit-encryption': {
    pass: td({
      volumes: [
        {
          name: 'data',
          efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', transitEncryption: 'ENABLED' },
        },
      ],
    }),
    fail: td({
      volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }],
    }),
  },
  'taskdef/essential-container': { pass: td(), fail: td({}, { essential: false }) },
  'taskdef/container-count': { pass: td(), fail: td({ containerDefinitions: [] }) },
  'taskdef/size-limit': { pass: td(), fail: td({}, { command: ['x'.repeat(70_000)] }) },
  'taskdef/container-name': { pass: td(), fail: td({}, { name: 'my app' }) },
  'taskdef/container-image': { pass: td(), fail: td({}, { image: '' }) },
  'taskdef/container-reference': {
    pass: td(),
    fail: td({}, { dependsOn: [{ containerName: 'db', condition: 'START' }] }),
  },
  'taskdef/depends-on-essential': {
    pass: td({
      containerDefinitions: [
        container({ dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }),
        container({ name: 'init', essential: false }),
      ],
    }),
    fail: td({
      containerDefinitions: [
        container({ dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }),
        container({ name: 'init' }),
      ],
    }),
  },
  'taskdef/depends-on-healthy': {
    pass: td({
      containerDefinitions: [
        container({ dependsOn: [{ containerName: 'side', condition: 'HEALTHY' }] }),
        container({ name: 'side' }),
      ],
    }),
    fail: td({
      containerDefinitions: [
        container({ dependsOn: [{ containerName: 'side', condition: 'HEALTHY' }] }),
        container({ name: 'side', healthCheck: undefined, essential: false }),
      ],
    }),
  },
  'taskdef/health-check': {
    pass: td(),
    fail: td({}, { healthCheck: { command: ['CMD', '/bin/check'], interval: 1 } }),
  },
  'taskdef/fargate-network-mode': { pass: td(), fail: td({ networkMode: 'bridge' }) },
  'taskdef/awsvpc-host-port': {
    pass: td({}, { portMappings: [{ containerPort: 80, hostPort: 80 }] }),
    fail: td({}, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }),
  },
  'taskdef/network-mode-features': { pass: td(), fail: td({}, { hostname: 'web' }) },
  'taskdef/fargate-unsupported': {
    pass: json(ec2Td({}, { privileged: false })),
    fail: td({ ipcMode: 'task' }),
  },
  'taskdef/fargate-capabilities': {
    pass: td({}, { linuxParameters: { capabilities: { add: ['SYS_PTRACE'], drop: ['ALL'] } } }),
    fail: td({}, { linuxParameters: { capabilities: { add: ['NET_ADMIN'] } } }),
  },
  'taskdef/fargate-pid-mode': { pass: td({ pidMode: 'task' }), fail: td({ pidMode: 'host' }) },
  'taskdef/fargate-log-driver': {
    pass: td(),
    fail: td({}, { logConfiguration: { logDriver: 'json-file' } }),
  },
  'taskdef/awslogs-options': {
    pass: td(),
    fail: td(
      {},
      {
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'ap-northeast-1' },
        },
      },
    ),
  },
  'taskdef/execution-role-required': { pass: td(), fail: td({ executionRoleArn: undefined }) },
  'taskdef/secret-value-from': {
    pass: td(
      {},
      {
        secrets: [
          {
            name: 'DB_USER',
            valueFrom: 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf:username::',
          },
        ],
      },
    ),
    fail: td(
      {},
      {
        secrets: [
          {
            name: 'DB_USER',
            valueFrom:
              'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf::AWSCURRENT:1111-2222',
          },
        ],
      },
    ),
  },
  'taskdef/platform-limits': {
    pass: td({
      cpu: '1024',
      memory: '2048',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' },
    }),
    fail: td({
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'ARM64' },
    }),
  },
  'taskdef/firelens': {
    pass: td(),
    fail: td({}, { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } } }),
  },
  'taskdef/image-tag': { pass: td(), fail: td({}, { image: 'nginx' }) },
  'taskdef/no-health-check': { pass: td(), fail: td({}, { healthCheck: undefined }) },
  'taskdef/no-log-configuration': {
    pass: json(ec2Td()),
    fail: json(ec2Td({}, { logConfiguration: undefined })),
  },
  'taskdef/plaintext-secret': {
    pass: td({}, { environment: [{ name: 'LOG_LEVEL', value: 'info' }] }),
    fail: td({}, { environment: [{ name: 'DB_PASSWORD', value: 'hunter2' }] }),
  },
  'taskdef/privileged': { pass: json(ec2Td()), fail: json(ec2Td({}, { privileged: true })) },
  'taskdef/root-user': { pass: td(), fail: td({}, { user: 'root' }) },
  'taskdef/writable-root-fs': { pass: td(), fail: td({}, { readonlyRootFilesystem: false }) },
  'taskdef/host-namespaces': {
    pass: json(ec2Td()),
    fail: json(ec2Td({ networkMode: 'host' }, { portMappings: [{ containerPort: 80 }] })),
  },
  'taskdef/role-mixup': { pass: td(), fail: td({ taskRoleArn: EXEC }) },
  'taskdef/role-arn': {
    pass: td({ executionRoleArn: 'ecsTaskExecutionRole', taskRoleArn: 'web-task-role' }),
    fail: td({ executionRoleArn: 'arn:aws:iam::<ACCOUNT_ID>:role/ecsTaskExecutionRole' }),
  },
  'service/launch-type-and-strategy': {
    pass: svc(),
    fail: svc({ capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] }),
  },
  'service/capacity-provider-strategy': {
    pass: svc({
      launchType: undefined,
      capacityProviderStrategy: [
        { capacityProvider: 'FARGATE', base: 1, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 3 },
      ],
    }),
    fail: svc({
      launchType: undefined,
      capacityProviderStrategy: [
        { capacityProvider: 'FARGATE', base: 1 },
        { capacityProvider: 'FARGATE_SPOT', base: 1 },
      ],
    }),
  },
  'service/deployment-cannot-progress': {
    pass: svc({ desiredCount: 1 }),
    fail: svc({ desiredCount: 1 }, { maximumPercent: 100 }),
  },
  'service/circuit-breaker': { pass: svc(), fail: svc({}, { deploymentCircuitBreaker: undefined }) },
  'service/deployment-alarms': {
    pass: svc({}, { alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true } }),
    fail: svc({}, { alarms: { alarmNames: [], enable: true, rollback: true } }),
  },
  'service/assign-public-ip': {
    pass: svc(),
    fail: svc({
      networkConfiguration: {
        awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], assignPublicIp: 'ENABLED' },
      },
    }),
  },
  'service/fargate-limits': {
    pass: svc(),
    fail: svc({ placementConstraints: [{ type: 'distinctInstance' }] }),
  },
  'service/load-balancer': {
    pass: svc({
      loadBalancers: [
        {
          targetGroupArn:
            'arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web/0123456789abcdef',
          containerName: 'app',
          containerPort: 80,
        },
      ],
    }),
    fail: svc({
      loadBalancers: [
        {
          targetGroupArn:
            'arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web/0123456789abcdef',
          containerName: 'app',
        },
      ],
    }),
  },
  'service/grace-period-without-lb': { pass: svc(), fail: svc({ healthCheckGracePeriodSeconds: 60 }) },
  'service/service-connect': {
    pass: svc({
      serviceConnectConfiguration: { enabled: true, namespace: 'prod', services: [{ portName: 'http' }] },
    }),
    fail: svc({
      serviceConnectConfiguration: { enabled: true, namespace: 'prod', services: [{ discoveryName: 'web' }] },
    }),
  },
  'service/daemon-deployment-controller': {
    pass: json({
      cluster: 'prod',
      serviceName: 'log-agent',
      taskDefinition: 'log-agent:4',
      launchType: 'EC2',
      schedulingStrategy: 'DAEMON',
      deploymentController: { type: 'ECS' },
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    }),
    fail: json({
      cluster: 'prod',
      serviceName: 'log-agent',
      taskDefinition: 'log-agent:4',
      launchType: 'EC2',
      schedulingStrategy: 'DAEMON',
      deploymentController: { type: 'CODE_DEPLOY' },
    }),
  },
  'run-task/propagate-tags': {
    pass: json({
      cluster: 'prod',
      taskDefinition: 'migrate:12',
      launchType: 'FARGATE',
      propagateTags: 'TASK_DEFINITION',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'] } },
    }),
    fail: json({
      cluster: 'prod',
      taskDefinition: 'migrate:12',
      launchType: 'FARGATE',
      propagateTags: 'SERVICE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'] } },
    }),
  },
  'scaling/resource-id': {
    pass: json(scalingTarget()),
    fail: json(scalingTarget({ ResourceId: 'prod/web' })),
  },
  'scaling/scalable-dimension': {
    pass: json(scalingTarget()),
    fail: json(scalingTarget({ ScalableDimension: 'ecs:service:TaskCount' })),
  },
  'scaling/min-max': {
    pass: json(scalingTarget()),
    fail: json(scalingTarget({ MinCapacity: 10, MaxCapacity: 2 })),
  },
  'scaling/min-capacity-zero': { pass: json(scalingTarget()), fail: json(scalingTarget({ MinCapacity: 0 })) },
  'scaling/policy-configuration': {
    kind: 'scaling-policy',
    pass: json(targetTrackingPolicy()),
    fail: json({
      TargetValue: 60,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    }),
  },
  'scaling/target-tracking': {
    pass: json(targetTrackingPolicy()),
    fail: json(targetTrackingPolicy({}, { TargetValue: undefined })),
  },
  'scaling/resource-label': {
    pass: json(
      targetTrackingPolicy(
        {},
        {
          PredefinedMetricSpecification: {
            PredefinedMetricType: 'ALBRequestCountPerTarget',
            ResourceLabel: 'app/web-alb/50dc6c495c0c9188/targetgroup/web-tg/943f017f100becff',
          },
        },
      ),
    ),
    fail: json(
      targetTrackingPolicy(
        {},
        { PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget' } },
      ),
    ),
  },
  'scaling/cooldowns': {
    pass: json(targetTrackingPolicy()),
    fail: json(targetTrackingPolicy({}, { ScaleOutCooldown: 300, ScaleInCooldown: 30 })),
  },
  'scaling/step-adjustments': {
    pass: json(
      stepPolicy([
        { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 1 },
        { MetricIntervalLowerBound: 20, ScalingAdjustment: 3 },
      ]),
    ),
    fail: json(
      stepPolicy([
        { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 1 },
        { MetricIntervalLowerBound: 10, ScalingAdjustment: 3 },
      ]),
    ),
  },
  'scaling/schedule': {
    pass: json(scheduledAction()),
    fail: json(scheduledAction({ Schedule: 'cron(0 8 * * MON-FRI)' })),
  },
  'scaling/timezone': { pass: json(scheduledAction()), fail: json(scheduledAction({ Timezone: 'Tokyo' })) },
  'scaling/scheduled-capacity': {
    pass: json(scheduledAction()),
    fail: json(scheduledAction({ ScalableTargetAction: {} })),
  },
  'iam/wildcard-action': {
    pass: json(
      policy([
        {
          Effect: 'Allow',
          Action: ['secretsmanager:GetSecretValue'],
          Resource: 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf',
        },
      ]),
    ),
    fail: json(policy([{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::bucket/*' }])),
  },
  'iam/wildcard-resource': {
    pass: json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }])),
    fail: json(policy([{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' }])),
  },
  'iam/policy-version-invalid': {
    pass: json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }])),
    fail: json(
      policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }], '2024-01-01'),
    ),
  },
  'iam/statement-resource': {
    pass: json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }])),
    fail: json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken' }])),
  },
  'iam/policy-version': {
    pass: json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }])),
    fail: json(
      policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }], '2008-10-17'),
    ),
  },
  'iam/execution-role-permissions': {
    pass: template(),
    fail: template(`          Secrets:
            - Name: DB_PASSWORD
              ValueFrom: arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf`),
  },
  'iam/task-role-execution-policy': {
    pass: template(),
    fail: template(
      `      TaskRoleArn: !GetAtt TaskRole.Arn`,
      '',
      `  TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { Service: ecs-tasks.amazonaws.com }, Action: sts:AssumeRole }
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy`,
    ),
  },
  'iam/trust-policy': {
    pass: template(),
    fail: template(
      `      TaskRoleArn: !GetAtt TaskRole.Arn`,
      '',
      `  TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }`,
    ),
  },
  'cfn/unresolved-reference': {
    pass: template(),
    fail: template('      TaskRoleArn: !GetAtt MissingRole.Arn'),
  },
  'cfn/service-task-definition': {
    pass: template(),
    fail: template().replace(
      '      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: [!Ref Subnet]\n',
      '',
    ),
  },
  'cfn/dynamic-port-health-check': {
    pass: dynamicPortTemplate('traffic-port'),
    fail: dynamicPortTemplate('8080'),
  },
  'cfn/log-group-retention': {
    pass: template(),
    fail: template().replace('      RetentionInDays: 30\n', ''),
  },
  ...CFN_SPEC_EXAMPLES,
};
