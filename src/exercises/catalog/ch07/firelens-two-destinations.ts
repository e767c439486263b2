import {
  ACCOUNT,
  awslogs,
  EXECUTION_ROLE,
  httpHealthCheck,
  json,
  REGION,
  section,
  TASK_ROLE,
} from '../helpers.ts';
import { at, container } from '../query.ts';
import type { Exercise } from '../types.ts';

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

/** Exercise: FireLens to CloudWatch Logs and S3. */
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
