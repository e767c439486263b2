/**
 * Rolling deployments (deployment controller ECS): the defaults of minimumHealthyPercent and
 * maximumPercent and how they round into task counts.
 */
import { fact } from './fact.ts';

const DEPLOYMENT_CONFIGURATION_API =
  'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html';
const ROLLING_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html';

/** Defaults of the two percentages, for REPLICA and DAEMON services. */
export const ROLLING_DEFAULTS_FACT = /* @__PURE__ */ fact({
  id: 'rolling-deployment-defaults',
  sources: [
    DEPLOYMENT_CONFIGURATION_API,
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: {
    REPLICA: { minimumHealthyPercent: 100, maximumPercent: 200 },
    DAEMON: { minimumHealthyPercent: 0, maximumPercent: 100 },
  },
});

/** Default percentages by scheduling strategy (see {@link ROLLING_DEFAULTS_FACT}). */
export const ROLLING_DEFAULTS = ROLLING_DEFAULTS_FACT.value;

/** How the percentages round: the healthy floor up, the running ceiling down. */
export const ROLLING_ROUNDING_FACT = /* @__PURE__ */ fact({
  id: 'rolling-deployment-rounding',
  sources: [
    ROLLING_PAGE,
    DEPLOYMENT_CONFIGURATION_API,
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { minimumHealthy: 'ceil', maximum: 'floor' } as const,
});

/** Task-count limits a rolling deployment respects. */
export interface RollingLimits {
  /** Tasks that must stay RUNNING and healthy: desired × minimumHealthyPercent, rounded up. */
  minHealthy: number;
  /** Tasks allowed in RUNNING or PENDING: desired × maximumPercent, rounded down. */
  maxRunning: number;
  /** Old tasks that may be stopped before any new task is healthy. */
  canStopFirst: number;
  /** New tasks that may start before any old task stops. */
  canStartFirst: number;
  /** True when neither a stop nor a start is possible, so the deployment cannot progress. */
  stuck: boolean;
}

/**
 * The floor and ceiling of a rolling deployment for whole-number inputs (no validation: callers
 * check their own ranges). Integer arithmetic, so 4 × 75 % never suffers from float noise.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html
 */
export function rollingLimits(
  desiredCount: number,
  minimumHealthyPercent: number,
  maximumPercent: number,
): RollingLimits {
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
