import { ACCOUNT, EXECUTION_ROLE, REGION, section } from '../helpers.ts';
import { at, firstProperties, numberAt, resourcesOfType } from '../query.ts';
import type { Exercise } from '../types.ts';

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

/** Exercise: Repair a Fargate service template. */
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
