import { section } from '../helpers.ts';
import { at, firstProperties, list, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';

const TARGET_GROUP_STARTER = `AWSTemplateFormatVersion: '2010-09-09'
Description: Target group for the web service (Fargate, awsvpc)
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
Resources:
  WebTargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Name: web-tg
      VpcId: !Ref VpcId
      Protocol: HTTP
      Port: 80
      TargetType: instance
      HealthCheckPath: /
      HealthCheckIntervalSeconds: 300
      HealthyThresholdCount: 10
`;

const TARGET_GROUP_SOLUTION = `AWSTemplateFormatVersion: '2010-09-09'
Description: Target group for the web service (Fargate, awsvpc)
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
Resources:
  WebTargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Name: web-tg
      VpcId: !Ref VpcId
      Protocol: HTTP
      Port: 8080
      TargetType: ip
      HealthCheckPath: /health
      HealthCheckIntervalSeconds: 15
      HealthyThresholdCount: 2
      UnhealthyThresholdCount: 3
      TargetGroupAttributes:
        - Key: deregistration_delay.timeout_seconds
          Value: '30'
`;

const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';

/** Exercise: A target group that fits awsvpc. */
export const albTargetGroupIp: Exercise = {
  id: 'alb-target-group-ip',
  chapter: '06-alb',
  lesson: section('06-alb', 'target-type-ip'),
  title: { ja: 'awsvpc に合うターゲットグループ', en: 'A target group that fits awsvpc' },
  instructions: {
    ja: 'Fargate（awsvpc）のタスクはそれぞれ自分の IP を持ちます。ターゲットグループをタスクの IP に向け、コンテナのポート 8080 と `/health` でヘルスチェックし、15 秒間隔・2 回成功で正常とみなすようにしてください。登録解除の待ち時間は 30 秒にします。',
    en: 'Fargate (awsvpc) tasks each have their own IP. Point the target group at task IPs, health-check the container on port 8080 at `/health` every 15 seconds with 2 successes to become healthy, and set the deregistration delay to 30 seconds.',
  },
  language: 'yaml',
  kind: 'cfn',
  difficulty: 'intermediate',
  minutes: 8,
  starter: TARGET_GROUP_STARTER,
  solution: TARGET_GROUP_SOLUTION,
  goals: [
    {
      id: 'target-type-ip',
      text: { ja: '`TargetType` が `ip`', en: '`TargetType` is `ip`' },
      lesson: section('06-alb', 'target-type-ip'),
      check: (doc) => at(firstProperties(doc, TARGET_GROUP), 'TargetType') === 'ip',
    },
    {
      id: 'port',
      text: { ja: 'ポート 8080、ヘルスチェックパス `/health`', en: 'Port 8080, health check path `/health`' },
      lesson: section('06-alb', 'target-type-ip'),
      check: (doc) => {
        const p = firstProperties(doc, TARGET_GROUP);
        return numberAt(p, 'Port') === 8080 && at(p, 'HealthCheckPath') === '/health';
      },
    },
    {
      id: 'fast-health',
      text: { ja: '15 秒間隔、2 回成功で正常', en: 'Every 15 seconds, healthy after 2 successes' },
      lesson: section('05-deployments', 'deployment-health'),
      check: (doc) => {
        const p = firstProperties(doc, TARGET_GROUP);
        return numberAt(p, 'HealthCheckIntervalSeconds') === 15 && numberAt(p, 'HealthyThresholdCount') === 2;
      },
    },
    {
      id: 'deregistration',
      text: { ja: '登録解除の遅延は 30 秒', en: 'Deregistration delay is 30 seconds' },
      lesson: section('05-deployments', 'graceful-stop'),
      check: (doc) =>
        list(firstProperties(doc, TARGET_GROUP), 'TargetGroupAttributes').some(
          (a) => at(a, 'Key') === 'deregistration_delay.timeout_seconds' && String(at(a, 'Value')) === '30',
        ),
    },
  ],
  hints: [
    {
      ja: 'awsvpc のタスクは EC2 インスタンスではなく ENI の IP で登録されます。`TargetType: ip` にします。',
      en: 'awsvpc tasks register by their ENI’s IP, not by instance: use `TargetType: ip`.',
    },
    {
      ja: '登録解除の遅延は `TargetGroupAttributes` の `deregistration_delay.timeout_seconds` です。値は文字列で書きます。',
      en: 'The deregistration delay is the `deregistration_delay.timeout_seconds` attribute in `TargetGroupAttributes`; its value is a string.',
    },
  ],
};
