import { rollingLimits, type RollingLimits } from '../aws/index.ts';
import { requireInteger } from './validate.ts';

// AWS reference: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html
// and https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html

/** Largest desired count the simulator accepts (well above the default 5,000-task service quota). */
export const MAX_DESIRED_COUNT = 100_000;

/** Task-count limits a rolling deployment must respect (see src/aws). */
export type DeploymentLimits = RollingLimits;

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
  return rollingLimits(desiredCount, minimumHealthyPercent, maximumPercent);
}
