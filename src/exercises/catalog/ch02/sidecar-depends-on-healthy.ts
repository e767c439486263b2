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
import { at, container, dependsOn, list } from '../query.ts';
import type { Exercise } from '../types.ts';

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

/** Exercise: Sidecar start order and essential. */
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
