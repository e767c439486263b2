/** Chapter 2 exercises: task definitions, sizes, sidecars, secrets and the two roles. */
import { isFargateSize, parseTaskCpu, parseTaskMemory } from '../../aws/index.ts';
import {
  awslogs,
  EXECUTION_ROLE,
  httpHealthCheck,
  json,
  section,
  TASK_ROLE,
  ACCOUNT,
  REGION,
} from './helpers.ts';
import { allowedActions, allows, at, container, dependsOn, listensOn, list, namedValue } from './query.ts';
import type { Exercise } from './types.ts';

const IMAGE = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/web:1.4.2`;

export const fargateTaskdefFromScratch: Exercise = {
  id: 'fargate-taskdef-from-scratch',
  chapter: '02-task-definitions',
  lesson: section('02-task-definitions', 'task-definition-structure'),
  title: { ja: 'Fargate のタスク定義を一から書く', en: 'Write a Fargate task definition from scratch' },
  instructions: {
    ja: '`web` コンテナ 1 つだけの下書きがあります。Fargate で動くように仕上げてください。サイズは 0.25 vCPU / 512 MiB、ネットワークモードは awsvpc、`web` はポート 8080 で待ち受け、ログは awslogs で CloudWatch Logs（ロググループ `/ecs/web`）へ送り、タスク実行ロールを指定します。',
    en: 'The draft has a single `web` container. Finish it so it runs on Fargate: 0.25 vCPU / 512 MiB, network mode awsvpc, `web` listening on port 8080, logs sent with awslogs to CloudWatch Logs (log group `/ecs/web`), and a task execution role.',
  },
  language: 'json',
  kind: 'taskdef',
  difficulty: 'beginner',
  minutes: 10,
  starter: json({
    family: 'web',
    containerDefinitions: [{ name: 'web', image: IMAGE, essential: true }],
  }),
  solution: json({
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: EXECUTION_ROLE,
    containerDefinitions: [
      {
        name: 'web',
        image: IMAGE,
        essential: true,
        portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
        healthCheck: httpHealthCheck(8080),
        logConfiguration: awslogs('/ecs/web', 'web'),
      },
    ],
  }),
  goals: [
    {
      id: 'fargate',
      text: {
        ja: '`requiresCompatibilities` に FARGATE がある',
        en: '`requiresCompatibilities` includes FARGATE',
      },
      lesson: section('02-task-definitions', 'fargate-sizes'),
      check: (doc) => list(doc, 'requiresCompatibilities').includes('FARGATE'),
    },
    {
      id: 'size',
      text: { ja: 'タスクサイズは 0.25 vCPU / 512 MiB', en: 'Task size is 0.25 vCPU / 512 MiB' },
      lesson: section('02-task-definitions', 'fargate-sizes'),
      check: (doc) => parseTaskCpu(at(doc, 'cpu')) === 256 && parseTaskMemory(at(doc, 'memory')) === 512,
    },
    {
      id: 'awsvpc',
      text: { ja: 'ネットワークモードは awsvpc', en: 'Network mode is awsvpc' },
      lesson: section('02-task-definitions', 'network-modes'),
      check: (doc) => at(doc, 'networkMode') === 'awsvpc',
    },
    {
      id: 'port',
      text: { ja: '`web` コンテナがポート 8080 で待ち受ける', en: 'The `web` container listens on 8080' },
      lesson: section('02-task-definitions', 'network-modes'),
      check: (doc) => listensOn(doc, 'web', 8080),
    },
    {
      id: 'logs',
      text: {
        ja: '`web` のログを awslogs で `/ecs/web` に送る',
        en: '`web` logs go to `/ecs/web` with awslogs',
      },
      lesson: section('07-logging', 'awslogs'),
      check: (doc) => {
        const log = at(container(doc, 'web'), 'logConfiguration');
        return at(log, 'logDriver') === 'awslogs' && at(log, 'options', 'awslogs-group') === '/ecs/web';
      },
    },
    {
      id: 'execution-role',
      text: {
        ja: 'タスク実行ロール（`executionRoleArn`）を指定している',
        en: 'A task execution role (`executionRoleArn`) is set',
      },
      lesson: section('02-task-definitions', 'execution-role'),
      check: (doc) => typeof at(doc, 'executionRoleArn') === 'string',
    },
  ],
  hints: [
    {
      ja: 'Fargate では `requiresCompatibilities: ["FARGATE"]`、`networkMode: "awsvpc"`、タスクレベルの `cpu` と `memory`（文字列）が必要です。',
      en: 'Fargate needs `requiresCompatibilities: ["FARGATE"]`, `networkMode: "awsvpc"` and task-level `cpu` and `memory` (strings).',
    },
    {
      ja: 'awsvpc では `portMappings` に `containerPort` だけを書きます（`hostPort` は省略するか同じ値）。',
      en: 'With awsvpc, `portMappings` needs only `containerPort` (leave `hostPort` out or make it equal).',
    },
    {
      ja: 'awslogs には `awslogs-group`・`awslogs-region`・`awslogs-stream-prefix` の 3 つのオプションを書きます。イメージ取得とログ送信のためにタスク実行ロールも要ります。',
      en: 'awslogs takes three options: `awslogs-group`, `awslogs-region` and `awslogs-stream-prefix`. Pulling the image and sending logs also need the task execution role.',
    },
  ],
};

export const fixFargateSize: Exercise = {
  id: 'fix-fargate-size',
  chapter: '02-task-definitions',
  lesson: section('02-task-definitions', 'fargate-sizes'),
  title: { ja: 'AWS が受け付けない Fargate サイズを直す', en: 'Fix a Fargate size AWS refuses' },
  instructions: {
    ja: 'このタスク定義は登録時に拒否されます。CPU は 1 vCPU のまま、Fargate が受け付けるメモリに直してください。アプリは 2 GiB 以上のメモリを必要とします。',
    en: 'AWS refuses to register this task definition. Keep 1 vCPU and change the memory to one Fargate accepts. The app needs at least 2 GiB of memory.',
  },
  language: 'json',
  kind: 'taskdef',
  difficulty: 'beginner',
  minutes: 5,
  starter: json({
    family: 'reports',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '1024',
    memory: '1024',
    executionRoleArn: EXECUTION_ROLE,
    containerDefinitions: [
      {
        name: 'reports',
        image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/reports:2.0.1`,
        essential: true,
        memory: 1536,
        healthCheck: httpHealthCheck(8080),
        logConfiguration: awslogs('/ecs/reports', 'reports'),
      },
    ],
  }),
  solution: json({
    family: 'reports',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '1024',
    memory: '2048',
    executionRoleArn: EXECUTION_ROLE,
    containerDefinitions: [
      {
        name: 'reports',
        image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/reports:2.0.1`,
        essential: true,
        memory: 1536,
        healthCheck: httpHealthCheck(8080),
        logConfiguration: awslogs('/ecs/reports', 'reports'),
      },
    ],
  }),
  goals: [
    {
      id: 'cpu',
      text: { ja: 'タスクの CPU は 1 vCPU（1024）のまま', en: 'Task CPU stays at 1 vCPU (1024)' },
      lesson: section('02-task-definitions', 'fargate-sizes'),
      check: (doc) => parseTaskCpu(at(doc, 'cpu')) === 1024,
    },
    {
      id: 'memory',
      text: {
        ja: 'タスクのメモリは 2 GiB 以上で、1 vCPU と組み合わせられる値',
        en: 'Task memory is at least 2 GiB and a valid pair with 1 vCPU',
      },
      lesson: section('02-task-definitions', 'fargate-sizes'),
      check: (doc) => {
        const memory = parseTaskMemory(at(doc, 'memory'));
        return memory !== undefined && memory >= 2048 && isFargateSize(1024, memory);
      },
    },
  ],
  hints: [
    {
      ja: 'Fargate の CPU とメモリは決まった組み合わせからしか選べません。1 vCPU なら 2〜8 GiB です。',
      en: 'Fargate takes only fixed CPU and memory pairs. With 1 vCPU, memory is 2 to 8 GiB.',
    },
    {
      ja: 'メモリは MiB 単位の文字列で書きます。2 GiB は `"2048"` です。',
      en: 'Memory is a string in MiB: 2 GiB is `"2048"`.',
    },
  ],
};

const APP_IMAGE = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/orders:3.2.0`;
const COLLECTOR_IMAGE = 'public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1';
const XRAY_IMAGE = 'public.ecr.aws/xray/aws-xray-daemon:3.3.13';

function sidecarTask(withFixes: boolean): Record<string, unknown> {
  return {
    family: 'orders',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '1024',
    memory: '2048',
    executionRoleArn: EXECUTION_ROLE,
    taskRoleArn: TASK_ROLE,
    containerDefinitions: [
      {
        name: 'app',
        image: APP_IMAGE,
        essential: true,
        portMappings: [{ containerPort: 8080 }],
        healthCheck: httpHealthCheck(8080),
        logConfiguration: awslogs('/ecs/orders', 'app'),
        ...(withFixes
          ? { dependsOn: [{ containerName: 'otel-collector', condition: 'HEALTHY' }] }
          : { dependsOn: [{ containerName: 'otel-collector', condition: 'START' }] }),
      },
      {
        name: 'otel-collector',
        image: COLLECTOR_IMAGE,
        essential: true,
        ...(withFixes
          ? {
              healthCheck: {
                command: ['CMD', '/healthcheck'],
                interval: 10,
                timeout: 5,
                retries: 3,
                startPeriod: 5,
              },
            }
          : {}),
        logConfiguration: awslogs('/ecs/orders', 'otel'),
      },
      {
        name: 'xray-daemon',
        image: XRAY_IMAGE,
        essential: !withFixes,
        portMappings: [{ containerPort: 2000, protocol: 'udp' }],
        logConfiguration: awslogs('/ecs/orders', 'xray'),
      },
    ],
  };
}

export const sidecarDependsOnHealthy: Exercise = {
  id: 'sidecar-depends-on-healthy',
  chapter: '02-task-definitions',
  lesson: section('02-task-definitions', 'depends-on'),
  title: { ja: 'サイドカーの起動順と essential', en: 'Sidecar start order and essential' },
  instructions: {
    ja: '`app` は起動直後からテレメトリを `otel-collector` に送るため、コレクターが正常になってから起動させます。コレクターにはヘルスチェック（`CMD`, `/healthcheck`）を付けてください。X-Ray デーモンは補助役なので、止まってもタスク全体を止めないようにします。',
    en: '`app` sends telemetry to `otel-collector` as soon as it starts, so start it only once the collector is healthy. Give the collector a health check (`CMD`, `/healthcheck`). The X-Ray daemon is a helper: if it stops, the task must keep running.',
  },
  language: 'json',
  kind: 'taskdef',
  difficulty: 'intermediate',
  minutes: 10,
  starter: json(sidecarTask(false)),
  solution: json(sidecarTask(true)),
  goals: [
    {
      id: 'wait-healthy',
      text: {
        ja: '`app` は `otel-collector` が HEALTHY になるのを待つ（dependsOn）',
        en: '`app` waits for `otel-collector` to be HEALTHY (dependsOn)',
      },
      lesson: section('02-task-definitions', 'depends-on'),
      check: (doc) => dependsOn(doc, 'app', 'otel-collector', 'HEALTHY'),
    },
    {
      id: 'collector-health',
      text: { ja: '`otel-collector` にヘルスチェックがある', en: '`otel-collector` has a health check' },
      lesson: section('02-task-definitions', 'health-checks'),
      check: (doc) => list(container(doc, 'otel-collector'), 'healthCheck', 'command').length > 0,
    },
    {
      id: 'xray-optional',
      text: { ja: '`xray-daemon` は essential ではない', en: '`xray-daemon` is not essential' },
      lesson: section('02-task-definitions', 'essential-containers'),
      check: (doc) => at(container(doc, 'xray-daemon'), 'essential') === false,
    },
    {
      id: 'app-essential',
      text: { ja: '`app` は essential のまま', en: '`app` stays essential' },
      lesson: section('02-task-definitions', 'essential-containers'),
      check: (doc) => at(container(doc, 'app'), 'essential') !== false && container(doc, 'app') !== undefined,
    },
  ],
  hints: [
    {
      ja: '`dependsOn` の `condition` は START・COMPLETE・SUCCESS・HEALTHY の 4 つ。「正常になってから」は HEALTHY です。',
      en: 'A `dependsOn` `condition` is START, COMPLETE, SUCCESS or HEALTHY. "Once healthy" is HEALTHY.',
    },
    {
      ja: 'HEALTHY で待つには、待たれる側のコンテナに `healthCheck` が必要です。',
      en: 'Waiting for HEALTHY needs a `healthCheck` on the container being waited for.',
    },
    {
      ja: '補助コンテナは `"essential": false` にします。',
      en: 'Set `"essential": false` on the helper container.',
    },
  ],
};

const DB_SECRET = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/orders/db-AbCdEf`;

function secretsTask(fixed: boolean): Record<string, unknown> {
  return {
    family: 'orders-api',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    executionRoleArn: EXECUTION_ROLE,
    taskRoleArn: TASK_ROLE,
    containerDefinitions: [
      {
        name: 'api',
        image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/orders-api:5.1.0`,
        essential: true,
        portMappings: [{ containerPort: 3000 }],
        environment: [
          { name: 'DB_HOST', value: 'orders.cluster-abc.ap-northeast-1.rds.amazonaws.com' },
          { name: 'DB_USER', value: 'orders' },
          ...(fixed ? [] : [{ name: 'DB_PASSWORD', value: 'hunter2-prod' }]),
        ],
        ...(fixed ? { secrets: [{ name: 'DB_PASSWORD', valueFrom: `${DB_SECRET}:password::` }] } : {}),
        healthCheck: httpHealthCheck(3000),
        logConfiguration: awslogs('/ecs/orders-api', 'api'),
      },
    ],
  };
}

export const secretsFromSecretsManager: Exercise = {
  id: 'secrets-from-secrets-manager',
  chapter: '02-task-definitions',
  lesson: section('02-task-definitions', 'secrets'),
  title: { ja: 'DB パスワードを Secrets Manager から渡す', en: 'Pass the DB password from Secrets Manager' },
  instructions: {
    ja: `DB のパスワードが平文の環境変数に書かれています。Secrets Manager のシークレット \`${DB_SECRET}\`（JSON の \`password\` キー）から、同じ名前 \`DB_PASSWORD\` で渡すように直してください。`,
    en: `The database password sits in a plain environment variable. Pass it as \`DB_PASSWORD\` from the Secrets Manager secret \`${DB_SECRET}\` (its JSON key \`password\`) instead.`,
  },
  language: 'json',
  kind: 'taskdef',
  difficulty: 'intermediate',
  minutes: 8,
  starter: json(secretsTask(false)),
  solution: json(secretsTask(true)),
  goals: [
    {
      id: 'no-plaintext',
      text: { ja: '`DB_PASSWORD` が `environment` にない', en: '`DB_PASSWORD` is not in `environment`' },
      lesson: section('11-anti-patterns', 'secrets-in-environment'),
      check: (doc) =>
        container(doc, 'api') !== undefined &&
        namedValue(doc, 'api', 'environment', 'DB_PASSWORD') === undefined,
    },
    {
      id: 'secret-json-key',
      text: {
        ja: '`DB_PASSWORD` をシークレットの JSON キー `password` から渡す（`secrets`）',
        en: '`DB_PASSWORD` comes from the secret’s JSON key `password` (`secrets`)',
      },
      lesson: section('02-task-definitions', 'secrets'),
      check: (doc) => {
        const from = namedValue(doc, 'api', 'secrets', 'DB_PASSWORD');
        return typeof from === 'string' && from.startsWith(DB_SECRET) && /:password:[^:]*:[^:]*$/.test(from);
      },
    },
    {
      id: 'execution-role',
      text: {
        ja: 'シークレットを取得するタスク実行ロールがある',
        en: 'A task execution role is there to fetch the secret',
      },
      lesson: section('02-task-definitions', 'execution-role'),
      check: (doc) => typeof at(doc, 'executionRoleArn') === 'string',
    },
  ],
  hints: [
    {
      ja: '機密情報はコンテナ定義の `secrets` に `{ "name": …, "valueFrom": … }` で書きます。',
      en: 'Secrets go in the container’s `secrets` list as `{ "name": …, "valueFrom": … }`.',
    },
    {
      ja: 'JSON の 1 キーだけを取り出すには ARN の後ろに `:password::` を付けます（`:json-key:version-stage:version-id`）。',
      en: 'To take one JSON key, append `:password::` to the ARN (`:json-key:version-stage:version-id`).',
    },
  ],
};

const ECR_REPO = `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/web`;
const LOG_GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/ecs/web:*`;
const WEB_SECRET = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/web/*`;

export const executionRoleLeastPrivilege: Exercise = {
  id: 'execution-role-least-privilege',
  chapter: '02-task-definitions',
  lesson: section('02-task-definitions', 'execution-role'),
  title: { ja: '最小権限のタスク実行ロール', en: 'A least-privilege task execution role' },
  instructions: {
    ja: `タスク実行ロールのポリシーが何でも許しています。ECS がする 3 つのことだけを許すように書き直してください。リポジトリ \`web\` からのイメージ取得、ロググループ \`/ecs/web\` へのログ送信、\`prod/web/\` で始まるシークレットの取得です。`,
    en: 'The task execution role’s policy allows everything. Rewrite it to allow only the three things ECS does for the task: pull images from the `web` repository, send logs to the `/ecs/web` log group, and read secrets whose names start with `prod/web/`.',
  },
  language: 'json',
  kind: 'iam-policy',
  difficulty: 'intermediate',
  minutes: 12,
  starter: json({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  }),
  solution: json({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'EcrAuth', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
      {
        Sid: 'PullWebImages',
        Effect: 'Allow',
        Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
        Resource: ECR_REPO,
      },
      {
        Sid: 'WriteLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: LOG_GROUP,
      },
      { Sid: 'ReadSecrets', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: WEB_SECRET },
    ],
  }),
  goals: [
    {
      id: 'no-wildcard',
      text: {
        ja: '`*` やサービス単位の `ecr:*` などのアクションを許さない',
        en: 'No `*` or service-wide actions such as `ecr:*`',
      },
      lesson: section('11-anti-patterns', 'over-privileged-roles'),
      check: (doc) => {
        const actions = allowedActions(doc);
        return actions.length > 0 && actions.every((a) => !a.includes('*'));
      },
    },
    {
      id: 'pull',
      text: {
        ja: 'リポジトリ `web` からイメージを取得できる',
        en: 'Can pull images from the `web` repository',
      },
      lesson: section('02-task-definitions', 'execution-role'),
      check: (doc) =>
        allows(doc, 'ecr:GetAuthorizationToken') &&
        allows(doc, 'ecr:BatchGetImage', (r) => r === ECR_REPO) &&
        allows(doc, 'ecr:GetDownloadUrlForLayer', (r) => r === ECR_REPO),
    },
    {
      id: 'logs',
      text: { ja: '`/ecs/web` にだけログを書ける', en: 'Can write logs to `/ecs/web` only' },
      lesson: section('07-logging', 'log-permissions'),
      check: (doc) => {
        const onGroup = (r: string): boolean => r.includes(':log-group:/ecs/web');
        return (
          allows(doc, 'logs:CreateLogStream', onGroup) &&
          allows(doc, 'logs:PutLogEvents', onGroup) &&
          !allows(doc, 'logs:PutLogEvents', (r) => !onGroup(r))
        );
      },
    },
    {
      id: 'secrets',
      text: { ja: '`prod/web/` のシークレットだけを読める', en: 'Can read only the `prod/web/` secrets' },
      lesson: section('02-task-definitions', 'secrets'),
      check: (doc) =>
        allows(doc, 'secretsmanager:GetSecretValue', (r) => r.includes(':secret:prod/web/')) &&
        !allows(doc, 'secretsmanager:GetSecretValue', (r) => !r.includes(':secret:prod/web/')),
    },
  ],
  hints: [
    {
      ja: 'タスク実行ロールは ECS エージェントが使うロールです。アプリのための権限（S3 など）は入れません。',
      en: 'The task execution role is used by the ECS agent. Permissions for the app (S3 and so on) do not belong here.',
    },
    {
      ja: '`ecr:GetAuthorizationToken` だけはリソースを絞れないので `"Resource": "*"` にします。',
      en: '`ecr:GetAuthorizationToken` cannot be scoped to a resource, so it keeps `"Resource": "*"`.',
    },
    {
      ja: '必要なのは ecr:BatchGetImage / ecr:GetDownloadUrlForLayer、logs:CreateLogStream / logs:PutLogEvents、secretsmanager:GetSecretValue です。',
      en: 'You need ecr:BatchGetImage / ecr:GetDownloadUrlForLayer, logs:CreateLogStream / logs:PutLogEvents and secretsmanager:GetSecretValue.',
    },
  ],
};

const REPORTS_BUCKET = 'arn:aws:s3:::orders-reports';

export const separateTaskRole: Exercise = {
  id: 'separate-task-role',
  chapter: '02-task-definitions',
  lesson: section('02-task-definitions', 'execution-role'),
  title: { ja: 'タスクロールを実行ロールから分ける', en: 'Keep the task role apart from the execution role' },
  instructions: {
    ja: 'アプリ用のタスクロールに、実行ロールの権限（ECR とログ）が混ざっています。アプリが実際に使う「バケット `orders-reports` の `daily/` 以下のオブジェクトの読み取り」だけを許すポリシーにしてください。',
    en: 'The app’s task role carries the execution role’s permissions (ECR and logs). Make it allow only what the app does: read objects under `daily/` in the `orders-reports` bucket.',
  },
  language: 'json',
  kind: 'iam-policy',
  difficulty: 'beginner',
  minutes: 6,
  starter: json({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
        Resource: '*',
      },
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' },
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
    ],
  }),
  solution: json({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadDailyReports',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `${REPORTS_BUCKET}/daily/*`,
      },
    ],
  }),
  goals: [
    {
      id: 'read-reports',
      text: {
        ja: '`orders-reports/daily/` 以下を `s3:GetObject` できる',
        en: '`s3:GetObject` on `orders-reports/daily/`',
      },
      lesson: section('01-architecture', 'iam-roles'),
      check: (doc) => allows(doc, 's3:GetObject', (r) => r === `${REPORTS_BUCKET}/daily/*`),
    },
    {
      id: 'only-reports',
      text: {
        ja: 'S3 の権限はそのプレフィックスの読み取りだけ',
        en: 'S3 access is read-only and limited to that prefix',
      },
      lesson: section('11-anti-patterns', 'over-privileged-roles'),
      check: (doc) =>
        allowedActions(doc).every((a) => !a.startsWith('s3:') || a === 's3:getobject') &&
        !allows(doc, 's3:GetObject', (r) => r !== `${REPORTS_BUCKET}/daily/*`),
    },
    {
      id: 'no-execution-permissions',
      text: {
        ja: 'ECR とログの権限はない（実行ロールの仕事）',
        en: 'No ECR or logs permissions (the execution role’s job)',
      },
      lesson: section('01-architecture', 'iam-roles'),
      check: (doc) => allowedActions(doc).every((a) => !a.startsWith('ecr:') && !a.startsWith('logs:')),
    },
  ],
  hints: [
    {
      ja: 'タスクロールはアプリのコードが AWS を呼ぶためのロール、実行ロールは ECS がタスクを起動するためのロールです。',
      en: 'The task role is for your code calling AWS; the execution role is for ECS starting the task.',
    },
    {
      ja: 'オブジェクトの ARN は `arn:aws:s3:::バケット名/キー` です。`daily/` 以下は `…/daily/*`。',
      en: 'An object ARN is `arn:aws:s3:::bucket/key`; everything under `daily/` is `…/daily/*`.',
    },
  ],
};

export const CH02 = [
  fargateTaskdefFromScratch,
  fixFargateSize,
  sidecarDependsOnHealthy,
  secretsFromSecretsManager,
  executionRoleLeastPrivilege,
  separateTaskRole,
];
