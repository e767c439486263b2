import { parseTaskCpu, parseTaskMemory } from '../../../aws/index.ts';
import { awslogs, EXECUTION_ROLE, httpHealthCheck, json, section, ACCOUNT, REGION } from '../helpers.ts';
import { at, container, listensOn, list } from '../query.ts';
import type { Exercise } from '../types.ts';

const IMAGE = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/web:1.4.2`;

/** Exercise: Write a Fargate task definition from scratch. */
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
