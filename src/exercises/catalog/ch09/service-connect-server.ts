import { json, section, NETWORK } from '../helpers.ts';
import { at, list, numberAt } from '../query.ts';
import type { Exercise } from '../types.ts';

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

/** Exercise: Publish a service with Service Connect. */
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
