import { requireInteger } from './validate.ts';

// AWS reference: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html
// and https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html

/** Largest desired count the simulator accepts (well above the default 5,000-task service quota). */
export const MAX_DESIRED_COUNT = 100_000;

/** Task-count limits a rolling deployment must respect. */
export interface DeploymentLimits {
  /** Tasks that must stay RUNNING and healthy: desired × minimumHealthyPercent, rounded up. */
  minHealthy: number;
  /** Tasks allowed in RUNNING or PENDING: desired × maximumPercent, rounded down. */
  maxRunning: number;
  /** Old tasks that may be stopped before any new task is healthy (desired − minHealthy, ≥ 0). */
  canStopFirst: number;
  /** New tasks that may start before any old task stops (maxRunning − desired, ≥ 0). */
  canStartFirst: number;
  /**
   * True when the settings allow neither a stop nor a start, so ECS cannot deploy
   * (e.g. 100/100, or desired 3 at 100/125).
   */
  stuck: boolean;
}

/**
 * Computes the rolling-deployment floor and ceiling. minimumHealthyPercent rounds up and
 * maximumPercent rounds down, as documented. Our model accepts minimumHealthyPercent 0–100 and
 * maximumPercent 100–400 (assumption `deploy-percent-bounds`).
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html
 * @example deploymentLimits(4, 50, 200) // { minHealthy: 2, maxRunning: 8, ... }
 */
export function deploymentLimits(
  desiredCount: number,
  minimumHealthyPercent: number,
  maximumPercent: number,
): DeploymentLimits {
  requireInteger(desiredCount, 'desiredCount', 0, MAX_DESIRED_COUNT);
  requireInteger(minimumHealthyPercent, 'minimumHealthyPercent', 0, 100);
  requireInteger(maximumPercent, 'maximumPercent', 100, 400);
  // Integer arithmetic: ceil(a/100) = floor((a + 99) / 100) for a ≥ 0, so no float noise.
  const minHealthy = Math.floor((desiredCount * minimumHealthyPercent + 99) / 100);
  const maxRunning = Math.floor((desiredCount * maximumPercent) / 100);
  const canStopFirst = Math.max(0, desiredCount - minHealthy);
  const canStartFirst = Math.max(0, maxRunning - desiredCount);
  return {
    minHealthy,
    maxRunning,
    canStopFirst,
    canStartFirst,
    stuck: desiredCount > 0 && canStopFirst === 0 && canStartFirst === 0,
  };
}
