/** Chapter 10 and 11 exercises: a CloudFormation template to repair, and task definition anti-patterns. */
import { ACCOUNT, awslogs, EXECUTION_ROLE, json, REGION, section, TASK_ROLE } from './helpers.ts';
import { at, container, firstProperties, list, numberAt, resourcesOfType } from './query.ts';
import type { Exercise } from './types.ts';

const TEMPLATE_HEAD = `AWSTemplateFormatVersion: '2010-09-09'
Description: web on Fargate with target tracking on CPU
Parameters:
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
  SecurityGroup:
    Type: AWS::EC2::SecurityGroup::Id
Resources:
  Cluster:
    Type: AWS::ECS::Cluster
  LogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /ecs/web
      RetentionInDays: 30
`;

function taskDefinition(networkMode: string): string {
  return `  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      RequiresCompatibilities: [FARGATE]
      NetworkMode: ${networkMode}
      Cpu: '512'
      Memory: '1024'
      ExecutionRoleArn: ${EXECUTION_ROLE}
      ContainerDefinitions:
        - Name: web
          Image: ${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/web:1.4.2
          Essential: true
          PortMappings:
            - ContainerPort: 8080
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref LogGroup
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: web
`;
}

function service(taskDefinitionRef: string): string {
  return `  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      ServiceName: web
      TaskDefinition: !Ref ${taskDefinitionRef}
      DesiredCount: 2
      LaunchType: FARGATE
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Subnets
          SecurityGroups: [!Ref SecurityGroup]
          AssignPublicIp: DISABLED
      DeploymentConfiguration:
        MinimumHealthyPercent: 100
        MaximumPercent: 200
        DeploymentCircuitBreaker:
          Enable: true
          Rollback: true
`;
}

function scaling(min: number, max: number, policyType: string): string {
  return `  ScalableTarget:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ScalableDimension: ecs:service:DesiredCount
      ResourceId: !Sub service/\${Cluster}/\${Service.Name}
      MinCapacity: ${min}
      MaxCapacity: ${max}
  CpuPolicy:
    Type: AWS::ApplicationAutoScaling::ScalingPolicy
    Properties:
      PolicyName: web-cpu-60
      PolicyType: ${policyType}
      ScalingTargetId: !Ref ScalableTarget
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 60
        PredefinedMetricSpecification:
          PredefinedMetricType: ECSServiceAverageCPUUtilization
        ScaleOutCooldown: 60
        ScaleInCooldown: 300
`;
}

export const cfnFargateServiceRepair: Exercise = {
  id: 'cfn-fargate-service-repair',
  chapter: '10-iac',
  lesson: section('10-iac', 'template-overview'),
  title: { ja: 'Fargate サービスのテンプレートを直す', en: 'Repair a Fargate service template' },
  instructions: {
    ja: 'このCloudFormation テンプレートはデプロイに失敗します。タスク定義を Fargate で動く形にし、サービスが正しいタスク定義を参照するようにし、CPU 60% のターゲット追跡で 2〜10 タスクの間を増減させてください。',
    en: 'This CloudFormation template fails to deploy. Make the task definition run on Fargate, make the service refer to the right task definition, and scale between 2 and 10 tasks with target tracking at 60% CPU.',
  },
  language: 'yaml',
  kind: 'cfn',
  difficulty: 'advanced',
  minutes: 15,
  starter:
    TEMPLATE_HEAD + taskDefinition('bridge') + service('WebTaskDefinition') + scaling(10, 2, 'StepScaling'),
  solution:
    TEMPLATE_HEAD +
    taskDefinition('awsvpc') +
    service('TaskDefinition') +
    scaling(2, 10, 'TargetTrackingScaling'),
  goals: [
    {
      id: 'awsvpc',
      text: { ja: 'タスク定義の NetworkMode が awsvpc', en: 'The task definition’s NetworkMode is awsvpc' },
      lesson: section('02-task-definitions', 'network-modes'),
      check: (doc) => at(firstProperties(doc, 'AWS::ECS::TaskDefinition'), 'NetworkMode') === 'awsvpc',
    },
    {
      id: 'service-ref',
      text: {
        ja: 'サービスがテンプレート内のタスク定義を参照する',
        en: 'The service refers to the task definition in the template',
      },
      lesson: section('10-iac', 'template-overview'),
      check: (doc) => {
        const ids = resourcesOfType(doc, 'AWS::ECS::TaskDefinition').map(([id]) => id);
        const ref = at(firstProperties(doc, 'AWS::ECS::Service'), 'TaskDefinition', 'Ref');
        return typeof ref === 'string' && ids.includes(ref);
      },
    },
    {
      id: 'bounds',
      text: { ja: 'スケーラブルターゲットは 2〜10 タスク', en: 'The scalable target spans 2 to 10 tasks' },
      lesson: section('04-services-autoscaling', 'scalable-target'),
      check: (doc) => {
        const p = firstProperties(doc, 'AWS::ApplicationAutoScaling::ScalableTarget');
        return numberAt(p, 'MinCapacity') === 2 && numberAt(p, 'MaxCapacity') === 10;
      },
    },
    {
      id: 'cpu-60',
      text: { ja: 'CPU 60% のターゲット追跡', en: 'Target tracking at 60% CPU' },
      lesson: section('04-services-autoscaling', 'target-tracking'),
      check: (doc) => {
        const p = firstProperties(doc, 'AWS::ApplicationAutoScaling::ScalingPolicy');
        return (
          at(p, 'PolicyType') === 'TargetTrackingScaling' &&
          numberAt(p, 'TargetTrackingScalingPolicyConfiguration', 'TargetValue') === 60 &&
          at(
            p,
            'TargetTrackingScalingPolicyConfiguration',
            'PredefinedMetricSpecification',
            'PredefinedMetricType',
          ) === 'ECSServiceAverageCPUUtilization'
        );
      },
    },
  ],
  hints: [
    {
      ja: '`!Ref` が指す論理 ID はテンプレートの `Resources` か `Parameters` にある名前でなければなりません。',
      en: 'A `!Ref` must name a logical ID in the template’s `Resources` or `Parameters`.',
    },
    {
      ja: 'Fargate の起動タイプでは NetworkMode は awsvpc だけです。',
      en: 'With the Fargate launch type, NetworkMode must be awsvpc.',
    },
    {
      ja: 'MinCapacity と MaxCapacity が逆になっていませんか。PolicyType は設定のキー（TargetTracking…）と合わせます。',
      en: 'Are MinCapacity and MaxCapacity swapped? PolicyType must match the configuration key (TargetTracking…).',
    },
  ],
};

function antiPatternTask(fixed: boolean): Record<string, unknown> {
  return {
    family: 'payments',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    executionRoleArn: EXECUTION_ROLE,
    taskRoleArn: TASK_ROLE,
    containerDefinitions: [
      {
        name: 'payments',
        image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/payments:${fixed ? '2.7.1' : 'latest'}`,
        essential: true,
        portMappings: [{ containerPort: 8080 }],
        ...(fixed
          ? {
              healthCheck: {
                command: ['CMD-SHELL', 'curl -fs http://localhost:8080/health || exit 1'],
                interval: 15,
                timeout: 5,
                retries: 3,
                startPeriod: 20,
              },
              stopTimeout: 30,
              user: '1000',
              readonlyRootFilesystem: true,
            }
          : { stopTimeout: 2 }),
        logConfiguration: awslogs('/ecs/payments', 'payments'),
      },
    ],
  };
}

export const fixAntiPatterns: Exercise = {
  id: 'fix-anti-patterns',
  chapter: '11-anti-patterns',
  lesson: section('11-anti-patterns', 'latest-tag'),
  title: { ja: 'タスク定義のアンチパターンを直す', en: 'Fix the anti-patterns in a task definition' },
  instructions: {
    ja: 'このタスク定義は登録できますが、運用で困ることがいくつもあります。イメージはバージョン `2.7.1` に固定し、`/health` を確かめるヘルスチェックを付け、SIGTERM 後の後片付けに 30 秒使えるようにしてください。できれば root 以外のユーザーで、読み取り専用のルートファイルシステムで動かしましょう。',
    en: 'AWS accepts this task definition, but it will hurt in production. Pin the image to version `2.7.1`, add a health check on `/health`, and give the app 30 seconds to clean up after SIGTERM. If you can, also run as a non-root user with a read-only root file system.',
  },
  language: 'json',
  kind: 'taskdef',
  difficulty: 'intermediate',
  minutes: 10,
  starter: json(antiPatternTask(false)),
  solution: json(antiPatternTask(true)),
  goals: [
    {
      id: 'pinned',
      text: { ja: 'イメージのタグが `2.7.1`', en: 'The image tag is `2.7.1`' },
      lesson: section('11-anti-patterns', 'latest-tag'),
      check: (doc) => String(at(container(doc, 'payments'), 'image') ?? '').endsWith(':2.7.1'),
    },
    {
      id: 'health',
      text: { ja: '`/health` を確かめるヘルスチェックがある', en: 'A health check tests `/health`' },
      lesson: section('11-anti-patterns', 'missing-health-checks'),
      check: (doc) =>
        list(container(doc, 'payments'), 'healthCheck', 'command').some((c) => String(c).includes('/health')),
    },
    {
      id: 'stop-timeout',
      text: { ja: '`stopTimeout` が 30 秒', en: '`stopTimeout` is 30 seconds' },
      lesson: section('11-anti-patterns', 'graceful-shutdown'),
      check: (doc) => numberAt(container(doc, 'payments'), 'stopTimeout') === 30,
    },
  ],
  hints: [
    {
      ja: '`latest` は指すイメージが変わります。ロールバックしても同じものに戻れません。',
      en: '`latest` moves: a rollback cannot bring back the same image.',
    },
    {
      ja: 'ヘルスチェックは `healthCheck.command` に `["CMD-SHELL", "curl -fs http://localhost:8080/health || exit 1"]` のように書きます。',
      en: 'A health check is `healthCheck.command`, such as `["CMD-SHELL", "curl -fs http://localhost:8080/health || exit 1"]`.',
    },
    {
      ja: '`stopTimeout` は SIGTERM から SIGKILL までの秒数です（Fargate の最大は 120）。',
      en: '`stopTimeout` is the seconds between SIGTERM and SIGKILL (at most 120 on Fargate).',
    },
  ],
};

export const CH10_11 = [cfnFargateServiceRepair, fixAntiPatterns];
