import {
  awslogs,
  EXECUTION_ROLE,
  httpHealthCheck,
  json,
  section,
  TASK_ROLE,
  ACCOUNT,
  REGION,
} from '../helpers.ts';
import { at, container, namedValue } from '../query.ts';
import type { Exercise } from '../types.ts';

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

/** Exercise: Pass the DB password from Secrets Manager. */
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
