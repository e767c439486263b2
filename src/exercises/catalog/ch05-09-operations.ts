/** Chapter 5–9 exercises: deployments, load balancing, logging, ECS Exec and Service Connect. */
import {
  ACCOUNT,
  awslogs,
  EXECUTION_ROLE,
  httpHealthCheck,
  json,
  REGION,
  section,
  TASK_ROLE,
} from './helpers.ts';
import { allowedActions, allows, at, container, firstProperties, list, numberAt } from './query.ts';
import type { Exercise } from './types.ts';

const NETWORK = {
  awsvpcConfiguration: {
    subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
    securityGroups: ['sg-0123456789abcdef0'],
    assignPublicIp: 'DISABLED',
  },
};
const TG = (name: string, id: string): string =>
  `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${name}/${id}`;

function webService(
  deployment: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    cluster: 'prod',
    serviceName: 'web',
    taskDefinition: 'web:42',
    desiredCount: 4,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    loadBalancers: [
      { targetGroupArn: TG('web-tg', '6d0ecf831eec9f09'), containerName: 'web', containerPort: 8080 },
    ],
    healthCheckGracePeriodSeconds: 30,
    deploymentConfiguration: deployment,
    ...extra,
  };
}

export const rollingNeverBelow100: Exercise = {
  id: 'rolling-never-below-100',
  chapter: '05-deployments',
  lesson: section('05-deployments', 'min-max-percent'),
  title: { ja: '100% を割らないローリングデプロイ', en: 'A rolling deployment that never drops below 100%' },
  instructions: {
    ja: 'デプロイ中も正常なタスク数が desiredCount（4）を下回らないようにし、新しいタスクが起動に失敗し続けたら自動で前のデプロイに戻るようにしてください。',
    en: 'Keep the number of healthy tasks at or above desiredCount (4) throughout a deployment, and roll back to the previous deployment automatically when new tasks keep failing.',
  },
  language: 'json',
  kind: 'service',
  difficulty: 'intermediate',
  minutes: 8,
  starter: json(webService({ minimumHealthyPercent: 50, maximumPercent: 100 })),
  solution: json(
    webService({
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
    }),
  ),
  goals: [
    {
      id: 'floor',
      text: { ja: '`minimumHealthyPercent` が 100', en: '`minimumHealthyPercent` is 100' },
      lesson: section('05-deployments', 'min-max-percent'),
      check: (doc) => numberAt(doc, 'deploymentConfiguration', 'minimumHealthyPercent') === 100,
    },
    {
      id: 'room',
      text: {
        ja: '`maximumPercent` が新しいタスクを 1 つ以上足せる値（125 以上）',
        en: '`maximumPercent` leaves room for at least one new task (125 or more)',
      },
      lesson: section('05-deployments', 'min-max-percent'),
      check: (doc) => (numberAt(doc, 'deploymentConfiguration', 'maximumPercent') ?? 0) >= 125,
    },
    {
      id: 'breaker',
      text: {
        ja: 'サーキットブレーカーが有効で、ロールバックする',
        en: 'The circuit breaker is on and rolls back',
      },
      lesson: section('05-deployments', 'circuit-breaker'),
      check: (doc) =>
        at(doc, 'deploymentConfiguration', 'deploymentCircuitBreaker', 'enable') === true &&
        at(doc, 'deploymentConfiguration', 'deploymentCircuitBreaker', 'rollback') === true,
    },
  ],
  hints: [
    {
      ja: '`minimumHealthyPercent` は正常なタスクの下限、`maximumPercent` は同時に動かせるタスクの上限です。100/100 ではデプロイが進みません。',
      en: '`minimumHealthyPercent` is the floor of healthy tasks and `maximumPercent` the ceiling of running ones. 100/100 cannot make progress.',
    },
    {
      ja: '`deploymentCircuitBreaker` には `enable` と `rollback` の両方を書きます。',
      en: '`deploymentCircuitBreaker` takes both `enable` and `rollback`.',
    },
  ],
};

const ADVANCED = {
  alternateTargetGroupArn: TG('web-tg-green', '0f1e2d3c4b5a6978'),
  productionListenerRule: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener-rule/app/prod-alb/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`,
  roleArn: `arn:aws:iam::${ACCOUNT}:role/ecsInfrastructureRoleForLoadBalancers`,
};

export const nativeCanary: Exercise = {
  id: 'native-canary',
  chapter: '05-deployments',
  lesson: section('05-deployments', 'linear-canary'),
  title: { ja: 'ECS ネイティブの CANARY デプロイ', en: 'An ECS-native CANARY deployment' },
  instructions: {
    ja: 'サービス `web` を ECS ネイティブの Blue/Green（CANARY）でデプロイするようにします。最初に 10% のトラフィックを新しいリビジョンに送り、5 分様子を見てから残りを切り替え、切り替え後 10 分は旧リビジョンを残します。グリーン用のターゲットグループなどは `advancedConfiguration` に用意済みです。',
    en: 'Deploy the `web` service with ECS-native blue/green (CANARY): send 10% of traffic to the new revision first, wait 5 minutes, then shift the rest, and keep the old revision for 10 minutes after the shift. The green target group and the rest are ready in `advancedConfiguration`.',
  },
  language: 'json',
  kind: 'service',
  difficulty: 'advanced',
  minutes: 10,
  starter: json({
    ...webService({ minimumHealthyPercent: 100, maximumPercent: 200 }),
    deploymentController: { type: 'CODE_DEPLOY' },
    loadBalancers: [
      {
        targetGroupArn: TG('web-tg', '6d0ecf831eec9f09'),
        containerName: 'web',
        containerPort: 8080,
        advancedConfiguration: ADVANCED,
      },
    ],
  }),
  solution: json({
    ...webService({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 5 },
      bakeTimeInMinutes: 10,
      deploymentCircuitBreaker: { enable: true, rollback: true },
    }),
    deploymentController: { type: 'ECS' },
    loadBalancers: [
      {
        targetGroupArn: TG('web-tg', '6d0ecf831eec9f09'),
        containerName: 'web',
        containerPort: 8080,
        advancedConfiguration: ADVANCED,
      },
    ],
  }),
  goals: [
    {
      id: 'ecs-controller',
      text: { ja: 'デプロイコントローラーは ECS', en: 'The deployment controller is ECS' },
      lesson: section('05-deployments', 'ecs-native-strategies'),
      check: (doc) => at(doc, 'deploymentController', 'type') === 'ECS',
    },
    {
      id: 'canary',
      text: { ja: '戦略は CANARY、最初は 10%', en: 'Strategy CANARY, 10% first' },
      lesson: section('05-deployments', 'linear-canary'),
      check: (doc) =>
        at(doc, 'deploymentConfiguration', 'strategy') === 'CANARY' &&
        numberAt(doc, 'deploymentConfiguration', 'canaryConfiguration', 'canaryPercent') === 10,
    },
    {
      id: 'bake',
      text: {
        ja: 'カナリアの様子見 5 分、切り替え後 10 分',
        en: 'Canary bake 5 minutes, 10 minutes after the shift',
      },
      lesson: section('05-deployments', 'ecs-lifecycle-stages'),
      check: (doc) =>
        numberAt(doc, 'deploymentConfiguration', 'canaryConfiguration', 'canaryBakeTimeInMinutes') === 5 &&
        numberAt(doc, 'deploymentConfiguration', 'bakeTimeInMinutes') === 10,
    },
  ],
  hints: [
    {
      ja: 'ECS ネイティブの Blue/Green は CodeDeploy を使いません。`deploymentController.type` は `ECS` です。',
      en: 'ECS-native blue/green does not use CodeDeploy: `deploymentController.type` is `ECS`.',
    },
    {
      ja: '`deploymentConfiguration` に `strategy: "CANARY"` と `canaryConfiguration`（`canaryPercent`、`canaryBakeTimeInMinutes`）、全体の `bakeTimeInMinutes` を書きます。',
      en: 'In `deploymentConfiguration`, set `strategy: "CANARY"`, a `canaryConfiguration` (`canaryPercent`, `canaryBakeTimeInMinutes`) and the overall `bakeTimeInMinutes`.',
    },
  ],
};

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

function firelensTask(fixed: boolean): Record<string, unknown> {
  const appLog = fixed
    ? {
        logDriver: 'awsfirelens',
        options: {
          Name: 'cloudwatch_logs',
          region: REGION,
          log_group_name: '/ecs/checkout',
          log_stream_prefix: 'app-',
          auto_create_group: 'false',
        },
      }
    : awslogs('/ecs/checkout', 'app');
  return {
    family: 'checkout',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    executionRoleArn: EXECUTION_ROLE,
    taskRoleArn: TASK_ROLE,
    containerDefinitions: [
      {
        name: 'log-router',
        image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4',
        essential: true,
        ...(fixed
          ? {
              firelensConfiguration: {
                type: 'fluentbit',
                options: {
                  'config-file-type': 'file',
                  'config-file-value': '/fluent-bit/configs/s3-copy.conf',
                },
              },
            }
          : {}),
        logConfiguration: awslogs('/ecs/firelens', 'router'),
      },
      {
        name: 'app',
        image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/checkout:1.9.0`,
        essential: true,
        portMappings: [{ containerPort: 8080 }],
        healthCheck: httpHealthCheck(8080),
        logConfiguration: appLog,
      },
    ],
  };
}

export const firelensTwoDestinations: Exercise = {
  id: 'firelens-two-destinations',
  chapter: '07-logging',
  lesson: section('07-logging', 'firelens-multiple-destinations'),
  title: { ja: 'FireLens で CloudWatch Logs と S3 に送る', en: 'FireLens to CloudWatch Logs and S3' },
  instructions: {
    ja: '`app` のログを FireLens（Fluent Bit）経由で送ります。`log-router` をログルーターにし（S3 への複製はイメージ内の設定ファイル `/fluent-bit/configs/s3-copy.conf` で行います）、`app` のログは CloudWatch Logs のロググループ `/ecs/checkout` に送ってください。',
    en: 'Send the `app` logs through FireLens (Fluent Bit). Make `log-router` the log router (the copy to S3 comes from the config file `/fluent-bit/configs/s3-copy.conf` in the image) and send the `app` logs to the CloudWatch Logs group `/ecs/checkout`.',
  },
  language: 'json',
  kind: 'taskdef',
  difficulty: 'advanced',
  minutes: 12,
  starter: json(firelensTask(false)),
  solution: json(firelensTask(true)),
  goals: [
    {
      id: 'router',
      text: { ja: '`log-router` が fluentbit のログルーター', en: '`log-router` is a fluentbit log router' },
      lesson: section('07-logging', 'firelens-taskdef'),
      check: (doc) => at(container(doc, 'log-router'), 'firelensConfiguration', 'type') === 'fluentbit',
    },
    {
      id: 's3-config',
      text: {
        ja: 'S3 への複製設定ファイルを読み込む（`config-file-type: file`）',
        en: 'Loads the S3 copy config file (`config-file-type: file`)',
      },
      lesson: section('07-logging', 'firelens-multiple-destinations'),
      check: (doc) => {
        const options = at(container(doc, 'log-router'), 'firelensConfiguration', 'options');
        return (
          at(options, 'config-file-type') === 'file' &&
          at(options, 'config-file-value') === '/fluent-bit/configs/s3-copy.conf'
        );
      },
    },
    {
      id: 'app-cloudwatch',
      text: {
        ja: '`app` は awsfirelens で `/ecs/checkout` に送る',
        en: '`app` logs go with awsfirelens to `/ecs/checkout`',
      },
      lesson: section('07-logging', 'firelens-taskdef'),
      check: (doc) => {
        const log = at(container(doc, 'app'), 'logConfiguration');
        return (
          at(log, 'logDriver') === 'awsfirelens' &&
          at(log, 'options', 'Name') === 'cloudwatch_logs' &&
          at(log, 'options', 'log_group_name') === '/ecs/checkout'
        );
      },
    },
  ],
  hints: [
    {
      ja: 'ログルーターのコンテナに `firelensConfiguration: { "type": "fluentbit" }` を付けます。',
      en: 'Give the router container `firelensConfiguration: { "type": "fluentbit" }`.',
    },
    {
      ja: 'Fargate ではイメージ内の設定ファイルを `config-file-type: "file"` で読み込みます（s3 は使えません）。',
      en: 'On Fargate, load a config file from the image with `config-file-type: "file"` (s3 is not available).',
    },
    {
      ja: '`app` の `logDriver` を `awsfirelens` にし、`options` に `Name: cloudwatch_logs`、`region`、`log_group_name` などを書きます。',
      en: 'Set the `app` `logDriver` to `awsfirelens`, with `Name: cloudwatch_logs`, `region`, `log_group_name` and so on in `options`.',
    },
  ],
};

export const ecsExecService: Exercise = {
  id: 'ecs-exec-service',
  chapter: '08-ecs-exec',
  lesson: section('08-ecs-exec', 'enable-ecs-exec'),
  title: { ja: 'サービスで ECS Exec を有効にする', en: 'Turn on ECS Exec for a service' },
  instructions: {
    ja: '障害調査のため、サービス `web` のタスクに `aws ecs execute-command` で入れるようにします。サービスの設定で ECS Exec を有効にし、タスクにはパブリック IP を付けないでください。',
    en: 'For troubleshooting, make the `web` service’s tasks reachable with `aws ecs execute-command`. Turn on ECS Exec in the service, and give the tasks no public IP.',
  },
  language: 'json',
  kind: 'service',
  difficulty: 'beginner',
  minutes: 5,
  starter: json(
    webService(
      {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
      },
      {
        networkConfiguration: {
          awsvpcConfiguration: { ...NETWORK.awsvpcConfiguration, assignPublicIp: 'ENABLED' },
        },
        enableExecuteCommand: false,
      },
    ),
  ),
  solution: json(
    webService(
      {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
      },
      { enableExecuteCommand: true },
    ),
  ),
  goals: [
    {
      id: 'exec',
      text: { ja: '`enableExecuteCommand` が true', en: '`enableExecuteCommand` is true' },
      lesson: section('08-ecs-exec', 'enable-ecs-exec'),
      check: (doc) => at(doc, 'enableExecuteCommand') === true,
    },
    {
      id: 'no-public-ip',
      text: { ja: 'パブリック IP を付けない', en: 'No public IP' },
      lesson: section('11-anti-patterns', 'public-ip'),
      check: (doc) => at(doc, 'networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp') !== 'ENABLED',
    },
  ],
  hints: [
    {
      ja: 'ECS Exec はサービス（または run-task）の `enableExecuteCommand` で有効にします。既存のタスクには効かないので、新しいデプロイが必要です。',
      en: 'ECS Exec is turned on with the service’s (or run-task’s) `enableExecuteCommand`. Running tasks do not pick it up: a new deployment is needed.',
    },
    {
      ja: 'ECS Exec は SSM の経路を使うので、パブリック IP は要りません（NAT か VPC エンドポイントがあれば十分です）。',
      en: 'ECS Exec goes through SSM, so tasks need no public IP (a NAT gateway or VPC endpoints are enough).',
    },
  ],
};

const SSM_ACTIONS = [
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
];

export const ecsExecTaskRole: Exercise = {
  id: 'ecs-exec-task-role',
  chapter: '08-ecs-exec',
  lesson: section('08-ecs-exec', 'exec-task-role'),
  title: { ja: 'ECS Exec に必要なタスクロールの権限', en: 'Task role permissions for ECS Exec' },
  instructions: {
    ja: 'タスクロールのポリシーに、ECS Exec のエージェントが Session Manager とつながるための 4 つの ssmmessages 権限を足してください。アプリの既存の権限（DynamoDB テーブル `orders` の読み書き）はそのまま残します。',
    en: 'Add to the task role’s policy the four ssmmessages permissions the ECS Exec agent needs to reach Session Manager. Keep the app’s existing permissions (read and write on the DynamoDB table `orders`).',
  },
  language: 'json',
  kind: 'iam-policy',
  difficulty: 'beginner',
  minutes: 5,
  starter: json({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Orders',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
        Resource: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`,
      },
    ],
  }),
  solution: json({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Orders',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
        Resource: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`,
      },
      { Sid: 'EcsExec', Effect: 'Allow', Action: SSM_ACTIONS, Resource: '*' },
    ],
  }),
  goals: [
    {
      id: 'ssmmessages',
      text: {
        ja: 'ssmmessages の Create/Open × Control/Data Channel の 4 つを許す',
        en: 'Allows the four ssmmessages Create/Open Control/Data Channel actions',
      },
      lesson: section('08-ecs-exec', 'exec-task-role'),
      check: (doc) => SSM_ACTIONS.every((a) => allows(doc, a)),
    },
    {
      id: 'keeps-app',
      text: { ja: 'テーブル `orders` への権限を残す', en: 'Keeps the permissions on the `orders` table' },
      lesson: section('01-architecture', 'iam-roles'),
      check: (doc) =>
        ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'].every((a) =>
          allows(doc, a, (r) => r.endsWith(':table/orders')),
        ),
    },
    {
      id: 'no-wildcard',
      text: {
        ja: '`ssmmessages:*` のようなワイルドカードを使わない',
        en: 'No wildcards such as `ssmmessages:*`',
      },
      lesson: section('11-anti-patterns', 'over-privileged-roles'),
      check: (doc) => allowedActions(doc).every((a) => !a.includes('*')),
    },
  ],
  hints: [
    {
      ja: 'この権限はタスク実行ロールではなくタスクロールに付けます。コンテナ内のエージェントがタスクロールの認証情報で接続するからです。',
      en: 'These go on the task role, not the execution role: the agent inside the task connects with the task role’s credentials.',
    },
    {
      ja: 'アクションは ssmmessages:CreateControlChannel、CreateDataChannel、OpenControlChannel、OpenDataChannel です。リソースは `*` です。',
      en: 'The actions are ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel, on resource `*`.',
    },
  ],
};

function ordersService(connect: Record<string, unknown> | undefined): Record<string, unknown> {
  return {
    cluster: 'prod',
    serviceName: 'orders',
    taskDefinition: 'orders:7',
    desiredCount: 2,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    deploymentConfiguration: {
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
    },
    ...(connect ? { serviceConnectConfiguration: connect } : {}),
  };
}

export const serviceConnectServer: Exercise = {
  id: 'service-connect-server',
  chapter: '09-service-connect',
  lesson: section('09-service-connect', 'service-connect-configuration'),
  title: { ja: 'Service Connect でサービスを公開する', en: 'Publish a service with Service Connect' },
  instructions: {
    ja: 'タスク定義の `portMappings` には名前 `api`（ポート 8080、appProtocol http）が付いています。サービス `orders` を名前空間 `prod.internal` の Service Connect に参加させ、他のサービスから `http://orders:80` で呼べるようにしてください。',
    en: 'The task definition’s `portMappings` has a port named `api` (8080, appProtocol http). Join the `orders` service to Service Connect in the `prod.internal` namespace so other services can call it at `http://orders:80`.',
  },
  language: 'json',
  kind: 'service',
  difficulty: 'intermediate',
  minutes: 10,
  starter: json(
    ordersService({ enabled: true, namespace: 'prod.internal', services: [{ discoveryName: 'orders' }] }),
  ),
  solution: json(
    ordersService({
      enabled: true,
      namespace: 'prod.internal',
      services: [
        { portName: 'api', discoveryName: 'orders', clientAliases: [{ port: 80, dnsName: 'orders' }] },
      ],
    }),
  ),
  goals: [
    {
      id: 'enabled',
      text: { ja: '名前空間 `prod.internal` で有効', en: 'Enabled in the `prod.internal` namespace' },
      lesson: section('09-service-connect', 'service-connect-configuration'),
      check: (doc) =>
        at(doc, 'serviceConnectConfiguration', 'enabled') === true &&
        at(doc, 'serviceConnectConfiguration', 'namespace') === 'prod.internal',
    },
    {
      id: 'port-name',
      text: { ja: '名前付きポート `api` を公開する', en: 'Publishes the named port `api`' },
      lesson: section('09-service-connect', 'port-names'),
      check: (doc) =>
        list(doc, 'serviceConnectConfiguration', 'services').some((s) => at(s, 'portName') === 'api'),
    },
    {
      id: 'alias',
      text: { ja: '`orders:80` で呼べる（clientAliases）', en: 'Callable at `orders:80` (clientAliases)' },
      lesson: section('09-service-connect', 'client-aliases'),
      check: (doc) =>
        list(doc, 'serviceConnectConfiguration', 'services').some((s) =>
          list(s, 'clientAliases').some((a) => numberAt(a, 'port') === 80 && at(a, 'dnsName') === 'orders'),
        ),
    },
  ],
  hints: [
    {
      ja: '`services` の各項目には、タスク定義の `portMappings[].name` と同じ `portName` が必要です。',
      en: 'Each `services` item needs a `portName` equal to a `portMappings[].name` in the task definition.',
    },
    {
      ja: '呼ぶ側が使う名前とポートは `clientAliases` の `dnsName` と `port` で決めます。',
      en: 'The name and port callers use come from `clientAliases` (`dnsName` and `port`).',
    },
  ],
};

export const CH05_09 = [
  rollingNeverBelow100,
  nativeCanary,
  albTargetGroupIp,
  firelensTwoDestinations,
  ecsExecService,
  ecsExecTaskRole,
  serviceConnectServer,
];
