import { json, section, webService, NETWORK } from '../helpers.ts';
import { at } from '../query.ts';
import type { Exercise } from '../types.ts';

/** Exercise: Turn on ECS Exec for a service. */
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
