import { ACCOUNT, awslogs, EXECUTION_ROLE, json, REGION, section, TASK_ROLE } from '../helpers.ts';
import { at, container, list, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';

function antiPatternTask(fixed: boolean): Record<string, unknown> {
  return {
    family: 'payments',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    executionRoleArn: EXECUTION_ROLE,
    taskRoleArn: TASK_ROLE,
    containerDefinitions: [
      {
        name: 'payments',
        image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/payments:${fixed ? '2.7.1' : 'latest'}`,
        essential: true,
        portMappings: [{ containerPort: 8080 }],
        ...(fixed
          ? {
              healthCheck: {
                command: ['CMD-SHELL', 'curl -fs http://localhost:8080/health || exit 1'],
                interval: 15,
                timeout: 5,
                retries: 3,
                startPeriod: 20,
              },
              stopTimeout: 30,
              user: '1000',
              readonlyRootFilesystem: true,
            }
          : { stopTimeout: 2 }),
        logConfiguration: awslogs('/ecs/payments', 'payments'),
      },
    ],
  };
}

/** Exercise: Fix the anti-patterns in a task definition. */
export const fixAntiPatterns: Exercise = {
  id: 'fix-anti-patterns',
  chapter: '11-anti-patterns',
  lesson: section('11-anti-patterns', 'latest-tag'),
  title: { ja: 'タスク定義のアンチパターンを直す', en: 'Fix the anti-patterns in a task definition' },
  instructions: {
    ja: 'このタスク定義は登録できますが、運用で困ることがいくつもあります。イメージはバージョン `2.7.1` に固定し、`/health` を確かめるヘルスチェックを付け、SIGTERM 後の後片付けに 30 秒使えるようにしてください。できれば root 以外のユーザーで、読み取り専用のルートファイルシステムで動かしましょう。',
    en: 'AWS accepts this task definition, but it will hurt in production. Pin the image to version `2.7.1`, add a health check on `/health`, and give the app 30 seconds to clean up after SIGTERM. If you can, also run as a non-root user with a read-only root file system.',
  },
  language: 'json',
  kind: 'taskdef',
  difficulty: 'intermediate',
  minutes: 10,
  starter: json(antiPatternTask(false)),
  solution: json(antiPatternTask(true)),
  goals: [
    {
      id: 'pinned',
      text: { ja: 'イメージのタグが `2.7.1`', en: 'The image tag is `2.7.1`' },
      lesson: section('11-anti-patterns', 'latest-tag'),
      check: (doc) => {
        const image = at(container(doc, 'payments'), 'image');
        return typeof image === 'string' && image.endsWith(':2.7.1');
      },
    },
    {
      id: 'health',
      text: { ja: '`/health` を確かめるヘルスチェックがある', en: 'A health check tests `/health`' },
      lesson: section('11-anti-patterns', 'missing-health-checks'),
      check: (doc) =>
        list(container(doc, 'payments'), 'healthCheck', 'command').some((c) => String(c).includes('/health')),
    },
    {
      id: 'stop-timeout',
      text: { ja: '`stopTimeout` が 30 秒', en: '`stopTimeout` is 30 seconds' },
      lesson: section('11-anti-patterns', 'graceful-shutdown'),
      check: (doc) => numberAt(container(doc, 'payments'), 'stopTimeout') === 30,
    },
  ],
  hints: [
    {
      ja: '`latest` は指すイメージが変わります。ロールバックしても同じものに戻れません。',
      en: '`latest` moves: a rollback cannot bring back the same image.',
    },
    {
      ja: 'ヘルスチェックは `healthCheck.command` に `["CMD-SHELL", "curl -fs http://localhost:8080/health || exit 1"]` のように書きます。',
      en: 'A health check is `healthCheck.command`, such as `["CMD-SHELL", "curl -fs http://localhost:8080/health || exit 1"]`.',
    },
    {
      ja: '`stopTimeout` は SIGTERM から SIGKILL までの秒数です（Fargate の最大は 120）。',
      en: '`stopTimeout` is the seconds between SIGTERM and SIGKILL (at most 120 on Fargate).',
    },
  ],
};
