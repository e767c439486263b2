/** Health checks: container health check and ALB target group ranges and defaults, and the 40 s rule. */
import { fact } from './fact.ts';

/** A documented numeric setting: its range and its default. */
export interface Setting {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

/** Container health check settings (seconds; retries is a count). */
export const CONTAINER_HEALTH_CHECK_FACT = fact({
  id: 'container-health-check',
  en: 'Container health check: interval 5–300 s (default 30), timeout 2–60 s (default 5), retries 1–10 (default 3), startPeriod 0–300 s (off by default); the command starts with CMD or CMD-SHELL.',
  ja: 'コンテナヘルスチェック: interval 5〜300 秒（既定 30）、timeout 2〜60 秒（既定 5）、retries 1〜10（既定 3）、startPeriod 0〜300 秒（既定はなし）。command は CMD か CMD-SHELL で始めます。',
  sources: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html'],
  checked: '2026-12-06',
  confidence: 'aws',
  value: {
    interval: { min: 5, max: 300, default: 30 },
    timeout: { min: 2, max: 60, default: 5 },
    retries: { min: 1, max: 10, default: 3 },
    startPeriod: { min: 0, max: 300, default: 0 },
  } satisfies Record<string, Setting>,
});

/** Container health check settings (see {@link CONTAINER_HEALTH_CHECK_FACT}). */
export const CONTAINER_HEALTH_CHECK = CONTAINER_HEALTH_CHECK_FACT.value;

/** ALB target group health check settings and the deregistration delay. */
export const TARGET_GROUP_HEALTH_CHECK_FACT = fact({
  id: 'target-group-health-check',
  en: 'ALB target group: health check interval 5–300 s (30 for HTTP), timeout 2–120 s (6 for HTTP), healthy threshold 2–10 (5), unhealthy threshold 2–10 (2), deregistration delay 0–3600 s (300); a newly registered target needs one passing check.',
  ja: 'ALB のターゲットグループ: ヘルスチェック間隔 5〜300 秒（HTTP は 30）、タイムアウト 2〜120 秒（HTTP は 6）、正常のしきい値 2〜10（5）、非正常のしきい値 2〜10（2）、登録解除の遅延 0〜3600 秒（300）。新しく登録したターゲットは 1 回の成功で正常になります。',
  sources: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html#deregistration-delay',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: {
    interval: { min: 5, max: 300, default: 30 },
    timeout: { min: 2, max: 120, default: 6 },
    healthyThreshold: { min: 2, max: 10, default: 5 },
    unhealthyThreshold: { min: 2, max: 10, default: 2 },
    deregistrationDelay: { min: 0, max: 3600, default: 300 },
  } satisfies Record<string, Setting>,
});

/** ALB target group settings (see {@link TARGET_GROUP_HEALTH_CHECK_FACT}). */
export const TARGET_GROUP_HEALTH_CHECK = TARGET_GROUP_HEALTH_CHECK_FACT.value;

/** Without any health check, a task counts as healthy 40 s after it reaches RUNNING. */
export const NO_HEALTH_CHECK_FACT = fact({
  id: 'healthy-without-checks',
  en: 'During a deployment a task without a load balancer or container health check counts as healthy 40 seconds after it reaches RUNNING.',
  ja: 'デプロイ中、ロードバランサーもコンテナヘルスチェックもないタスクは、RUNNING になって 40 秒後に healthy とみなされます。',
  sources: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html'],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { seconds: 40 },
});

/** Seconds after RUNNING at which a task with no health checks counts as healthy. */
export const NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS = NO_HEALTH_CHECK_FACT.value.seconds;

/** A container's stop timeout on Fargate: 2–120 s, default 30 s (SIGTERM, then SIGKILL). */
export const STOP_TIMEOUT_FACT = fact({
  id: 'fargate-stop-timeout',
  en: "On Fargate a container's stopTimeout is 2–120 s with a default of 30 s; ECS sends SIGTERM, waits that long, then sends SIGKILL.",
  ja: 'Fargate のコンテナの stopTimeout は 2〜120 秒（既定 30 秒）です。ECS は SIGTERM を送り、この時間待ってから SIGKILL を送ります。',
  sources: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html'],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { min: 2, max: 120, default: 30 } satisfies Setting,
});
