import type { SchedulingStrategy } from '../aws/scheduling-strategy.ts';
import type { ThresholdConfiguration } from './circuit-breaker.ts';
import type { DeploymentLimits } from './deployment-limits.ts';
import type { ContainerHealthCheck, LoadBalancerHealthCheck } from './task-health.ts';

/** ECS task lifecycle states, in documented order. */
export const TASK_STATES = [
  'PROVISIONING',
  'PENDING',
  'ACTIVATING',
  'RUNNING',
  'DEACTIVATING',
  'STOPPING',
  'DEPROVISIONING',
  'STOPPED',
] as const;

/** One ECS task lifecycle state. @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle.html */
export type TaskState = (typeof TASK_STATES)[number];

/** Which task definition revision a task runs: the one being replaced or the one being deployed. */
export type TaskVersion = 'old' | 'new';

/** How the new revision behaves in the simulation. */
export type NewVersionBehaviour = 'healthy' | 'fail-start' | 'fail-health-check' | 'flaky';

/** Deployment circuit breaker settings (`deploymentConfiguration.deploymentCircuitBreaker`). */
export interface CircuitBreakerOptions {
  enable: boolean;
  rollback: boolean;
  thresholdConfiguration?: ThresholdConfiguration;
  /** Default true: a healthy new task resets the failure count (consecutive model). */
  resetOnHealthyTask?: boolean;
}

/** Input of {@link simulateRollingDeployment}. Times are in seconds. */
export interface RollingDeploymentOptions {
  /** Service name used in event text. Default `web`. */
  serviceName?: string;
  /** REPLICA (default) keeps desiredCount tasks; DAEMON runs one task per container instance. */
  schedulingStrategy?: SchedulingStrategy;
  /** Required for REPLICA; for DAEMON leave it out (or equal to containerInstances). */
  desiredCount?: number;
  /** DAEMON only: container instances in the cluster, one task on each (0–100,000). */
  containerInstances?: number;
  /** 0–100; default 100 (REPLICA) or 0 (DAEMON). */
  minimumHealthyPercent?: number;
  /** 100–400; default 200 (REPLICA) or 100 (DAEMON, which accepts only 100). */
  maximumPercent?: number;
  circuitBreaker?: CircuitBreakerOptions;
  /** Default `healthy`. */
  newVersion?: NewVersionBehaviour;
  /** For `flaky`: chance (0–1) that each new task fails. Default 0.5. */
  failureProbability?: number;
  /** For `flaky`: whether a failing task fails to start or fails its health checks. Default `start`. */
  flakyFailure?: 'start' | 'health-check';
  /** Seconds from launch to RUNNING (1–3600, default 30). */
  taskStartSeconds?: number;
  containerHealthCheck?: ContainerHealthCheck;
  /** Present when the service is behind a load balancer target group. */
  loadBalancer?: LoadBalancerHealthCheck;
  /** Default 0. */
  healthCheckGracePeriodSeconds?: number;
  /** Target group deregistration delay (0–3600, default 300); used only with a load balancer. */
  deregistrationDelaySeconds?: number;
  /** Container stopTimeout (0–120, default 30): SIGKILL after this. */
  stopTimeoutSeconds?: number;
  /** Seconds the app needs to exit after SIGTERM (0–3600, default 5). */
  appShutdownSeconds?: number;
  /** Seed for task ids and flaky failures. Default 1. */
  seed?: number;
  /** Bound on simulated time (60–604800, default 21600 = 6 h). */
  maxSimulatedSeconds?: number;
  /** Bound on processed events (1000–10,000,000, default 2,000,000). */
  maxEvents?: number;
}

/** Final result of a rolling deployment. */
export type RollingOutcome = 'COMPLETED' | 'FAILED' | 'ROLLED_BACK' | 'STUCK';

/** Why a deployment ended as STUCK. */
export type StuckReason = 'CONFIGURATION' | 'TIME_LIMIT' | 'EVENT_LIMIT';

/** Counts for one version at one point in time. */
export interface VersionCounts {
  /** Tasks in RUNNING state. */
  running: number;
  /** RUNNING tasks that count as healthy. */
  healthy: number;
}

/** Task counts after everything that happened at `time`. */
export interface TimelinePoint {
  time: number;
  /** Tasks in RUNNING state. */
  running: number;
  /** Tasks in PROVISIONING, PENDING or ACTIVATING (they count toward maximumPercent). */
  pending: number;
  /** Tasks in DEACTIVATING, STOPPING or DEPROVISIONING. */
  stopping: number;
  /** RUNNING tasks that count as healthy (toward minimumHealthyPercent). */
  healthy: number;
  old: VersionCounts;
  new: VersionCounts;
}

/** Kinds of log entries, so a UI can style them. */
export type DeploymentEventKind =
  | 'DEPLOYMENT_STARTED'
  | 'TASKS_STARTED'
  | 'TARGETS_REGISTERED'
  | 'TASK_FAILED'
  | 'TASK_UNHEALTHY'
  | 'DRAINING'
  | 'TARGETS_DEREGISTERED'
  | 'TASKS_STOPPED'
  | 'TASK_KILLED'
  | 'DEPLOYMENT_FAILED'
  | 'ROLLBACK_STARTED'
  | 'STEADY_STATE'
  | 'DEPLOYMENT_COMPLETED'
  | 'STUCK';

/** One line of the service event log. */
export interface DeploymentEvent {
  time: number;
  kind: DeploymentEventKind;
  /** Text worded like an ECS service event. */
  message: string;
  /**
   * The values the message is made of (service, task ids, counts, `reason` for `STUCK` and
   * `DEPLOYMENT_FAILED`), so a page can word the same event in another language.
   */
  params: Readonly<Record<string, string | number>>;
}

/** A task's life: every state change with its time. */
export interface TaskRecord {
  id: string;
  version: TaskVersion;
  launchedAt: number;
  history: { time: number; state: TaskState }[];
  /** Time it started counting as healthy, or null. */
  healthyAt: number | null;
  /** Why it stopped, or null while alive. */
  stoppedReason: string | null;
}

/** Output of {@link simulateRollingDeployment}. */
export interface RollingDeploymentResult {
  outcome: RollingOutcome;
  /** Set when outcome is STUCK. */
  stuckReason: StuckReason | null;
  durationSeconds: number;
  limits: DeploymentLimits;
  /** Circuit breaker threshold in use, or null when the breaker is off. */
  breakerThreshold: number | null;
  /** Failures counted by the breaker when the run ended. */
  breakerFailures: number;
  timeline: TimelinePoint[];
  events: DeploymentEvent[];
  tasks: TaskRecord[];
  /** Deployment ids: the previous (old) one, the new one, and the rollback one if any. */
  deployments: { old: string; new: string; rollback: string | null };
}
