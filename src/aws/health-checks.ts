/** Health checks: container health check and ALB target group ranges and defaults, and the 40 s rule. */
import { fact } from './fact.ts';

/** A documented numeric setting: its range and its default. */
export interface Setting {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

/** Container health check settings (seconds; retries is a count). */
export const CONTAINER_HEALTH_CHECK_FACT = /* @__PURE__ */ fact({
  id: 'container-health-check',
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
export const TARGET_GROUP_HEALTH_CHECK_FACT = /* @__PURE__ */ fact({
  id: 'target-group-health-check',
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
export const NO_HEALTH_CHECK_FACT = /* @__PURE__ */ fact({
  id: 'healthy-without-checks',
  sources: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html'],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { seconds: 40 },
});

/** Seconds after RUNNING at which a task with no health checks counts as healthy. */
export const NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS = NO_HEALTH_CHECK_FACT.value.seconds;

/** A container's stop timeout on Fargate: 2–120 s, default 30 s (SIGTERM, then SIGKILL). */
export const STOP_TIMEOUT_FACT = /* @__PURE__ */ fact({
  id: 'fargate-stop-timeout',
  sources: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html'],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { min: 2, max: 120, default: 30 } satisfies Setting,
});
