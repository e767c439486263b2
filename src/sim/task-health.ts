import {
  CONTAINER_HEALTH_CHECK as HC,
  NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS,
  TARGET_GROUP_HEALTH_CHECK as TG,
  type Setting,
} from '../aws/index.ts';
import { optionalInteger, requireObject } from './validate.ts';

// AWS reference: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
// and https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html
// and https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html (§ healthy)

/** Container health check settings (seconds), with the documented ranges and defaults. */
export interface ContainerHealthCheck {
  /** 5–300 s, default 30. */
  interval?: number;
  /** 2–60 s, default 5. */
  timeout?: number;
  /** 1–10, default 3. */
  retries?: number;
  /** 0–300 s, default 0 (off). Failures inside it do not count. */
  startPeriod?: number;
}

/** Load balancer target group health check settings. */
export interface LoadBalancerHealthCheck {
  /** 5–300 s, default 30 (HTTP). */
  interval?: number;
  /**
   * 2–10, default 5. Applies to an unhealthy target recovering; a newly registered target needs one
   * passing check, so a deployment's new tasks do not wait for it.
   */
  healthyThreshold?: number;
  /** 2–10, default 2. */
  unhealthyThreshold?: number;
}

/** Health check settings with every default filled in; `null` means "not configured". */
export interface HealthSetup {
  container: Required<ContainerHealthCheck> | null;
  loadBalancer: Required<LoadBalancerHealthCheck> | null;
}

export { NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS };

/** Reads an optional whole-number setting within its documented range, or its default. */
const setting = (value: number | undefined, field: string, s: Setting): number =>
  optionalInteger(value, field, s.min, s.max, s.default);

/** Validates and fills defaults for the health checks of a rolling deployment. */
export function normaliseHealth(
  container: ContainerHealthCheck | undefined,
  loadBalancer: LoadBalancerHealthCheck | undefined,
): HealthSetup {
  return {
    container:
      container === undefined
        ? null
        : (requireObject(container, 'containerHealthCheck'),
          {
            interval: setting(container.interval, 'containerHealthCheck.interval', HC.interval),
            timeout: setting(container.timeout, 'containerHealthCheck.timeout', HC.timeout),
            retries: setting(container.retries, 'containerHealthCheck.retries', HC.retries),
            startPeriod: setting(container.startPeriod, 'containerHealthCheck.startPeriod', HC.startPeriod),
          }),
    loadBalancer:
      loadBalancer === undefined
        ? null
        : (requireObject(loadBalancer, 'loadBalancer'),
          {
            interval: setting(loadBalancer.interval, 'loadBalancer.interval', TG.interval),
            healthyThreshold: setting(
              loadBalancer.healthyThreshold,
              'loadBalancer.healthyThreshold',
              TG.healthyThreshold,
            ),
            unhealthyThreshold: setting(
              loadBalancer.unhealthyThreshold,
              'loadBalancer.unhealthyThreshold',
              TG.unhealthyThreshold,
            ),
          }),
  };
}

/**
 * Seconds from RUNNING until a healthy task counts toward minimum healthy, following the four
 * documented cases (no checks: 40 s; container check: HEALTHY; load balancer: target healthy;
 * both: both). A newly registered target is healthy after one passing check ("After your target
 * is registered, it must pass one health check to be considered healthy"); HealthyThresholdCount
 * is for an unhealthy target recovering. Check timing is our model (assumption `health-timing`):
 * the first container check runs one interval after RUNNING; the first load balancer check one
 * interval after the target is registered (`registeredBeforeRunning` seconds before RUNNING).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html
 */
export function secondsUntilHealthy(health: HealthSetup, registeredBeforeRunning: number): number {
  const { container, loadBalancer } = health;
  if (container === null && loadBalancer === null) return NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS;
  const c = container === null ? 0 : container.interval;
  const lb = loadBalancer === null ? 0 : Math.max(0, loadBalancer.interval - registeredBeforeRunning);
  return Math.max(c, lb);
}

/**
 * Seconds from RUNNING until a task whose checks always fail is judged unhealthy, or `null` when
 * no health check is configured (then nothing can notice the failure). Failures inside the
 * container `startPeriod` do not count (documented); the check cadence is our model
 * (assumption `health-timing`). The first check that fails decides.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
 */
export function secondsUntilUnhealthy(health: HealthSetup, registeredBeforeRunning: number): number | null {
  const { container, loadBalancer } = health;
  const candidates: number[] = [];
  if (container !== null) {
    const firstCounted = Math.floor(container.startPeriod / container.interval) + 1;
    candidates.push((firstCounted + container.retries - 1) * container.interval);
  }
  if (loadBalancer !== null) {
    candidates.push(
      Math.max(0, loadBalancer.unhealthyThreshold * loadBalancer.interval - registeredBeforeRunning),
    );
  }
  return candidates.length === 0 ? null : Math.min(...candidates);
}
