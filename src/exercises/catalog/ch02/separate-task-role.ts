import { json, section } from '../helpers.ts';
import { allowedActions, allows } from '../query.ts';
import type { Exercise } from '../types.ts';

const REPORTS_BUCKET = 'arn:aws:s3:::orders-reports';

/** Exercise: Keep the task role apart from the execution role. */
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
