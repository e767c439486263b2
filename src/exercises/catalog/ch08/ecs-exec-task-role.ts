import { ACCOUNT, json, REGION, section } from '../helpers.ts';
import { allowedActions, allows } from '../query.ts';
import type { Exercise } from '../types.ts';

const SSM_ACTIONS = [
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
];

/** Exercise: Task role permissions for ECS Exec. */
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
