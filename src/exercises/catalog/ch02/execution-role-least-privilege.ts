import { json, section, ACCOUNT, REGION } from '../helpers.ts';
import { allowedActions, allows } from '../query.ts';
import type { Exercise } from '../types.ts';

const ECR_REPO = `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/web`;

const LOG_GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/ecs/web:*`;

const WEB_SECRET = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/web/*`;

/** Exercise: A least-privilege task execution role. */
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
