/**
 * The emulator's whole state: plain JSON data, so a snapshot is a deep copy and a share link is
 * its JSON. Times are epoch milliseconds.
 */

/** A key/value pair as the ECS API writes it. */
export interface KeyValue {
  name: string;
  value: string;
}

/** A cluster. */
export interface ClusterState {
  clusterName: string;
  clusterArn: string;
  status: 'ACTIVE' | 'INACTIVE';
  capacityProviders: string[];
  defaultCapacityProviderStrategy: StrategyItem[];
  settings: KeyValue[];
  tags: { key: string; value: string }[];
  serviceConnectDefaults?: { namespace: string };
}

/** One capacity provider strategy item. */
export interface StrategyItem {
  capacityProvider: string;
  weight?: number;
  base?: number;
}

/** A registered task definition revision: the request as given plus what ECS adds. */
export interface TaskDefinitionState {
  family: string;
  revision: number;
  status: 'ACTIVE' | 'INACTIVE';
  registeredAt: number;
  deregisteredAt?: number;
  /** The RegisterTaskDefinition input (containerDefinitions, cpu, memory, …). */
  input: Record<string, unknown>;
}

/** One deployment of a service (the `deployments` list of DescribeServices). */
export interface DeploymentState {
  id: string;
  status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
  taskDefinition: string;
  desiredCount: number;
  failedTasks: number;
  createdAt: number;
  updatedAt: number;
  rolloutState: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  rolloutStateReason: string;
  /** The service deployment ARN (ListServiceDeployments). */
  serviceDeploymentArn: string;
  /** The revision it replaced (null for the first deployment). */
  sourceTaskDefinition: string | null;
  /** Service deployment status (DescribeServiceDeployments). */
  sdStatus: string;
  finishedAt?: number;
  /** The deployment the circuit breaker rolled back to, when it did. */
  rolledBackTo?: string;
  /** Blue/green: when the green tasks all became healthy and the bake started. */
  bakeStartedAt?: number;
  /** Consecutive task start failures without a healthy task, for the "unable to start" event. */
  consecutiveFailures: number;
}

/** A service. */
export interface ServiceState {
  serviceName: string;
  serviceArn: string;
  clusterArn: string;
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  desiredCount: number;
  launchType?: string;
  capacityProviderStrategy: StrategyItem[];
  platformVersion?: string;
  taskDefinition: string;
  deploymentConfiguration: {
    minimumHealthyPercent: number;
    maximumPercent: number;
    deploymentCircuitBreaker: { enable: boolean; rollback: boolean };
    strategy: 'ROLLING' | 'BLUE_GREEN';
    bakeTimeInMinutes: number;
  };
  networkConfiguration?: Record<string, unknown>;
  loadBalancers: Record<string, unknown>[];
  serviceConnectConfiguration?: Record<string, unknown>;
  schedulingStrategy: 'REPLICA' | 'DAEMON';
  healthCheckGracePeriodSeconds?: number;
  enableExecuteCommand: boolean;
  createdAt: number;
  deployments: DeploymentState[];
  /** Finished deployments, newest first (ListServiceDeployments; the 20 most recent kept). */
  history: DeploymentState[];
  events: { id: string; createdAt: number; message: string }[];
  /** True once the current state has been reported as steady (reset on any change). */
  steadyReported: boolean;
  tags: { key: string; value: string }[];
}

/** Why and how a container or task stopped. */
export interface StopInfo {
  stoppedReason: string;
  stopCode: string;
  exitCode?: number;
  containerReason?: string;
}

/** A task. */
export interface TaskState {
  taskArn: string;
  clusterArn: string;
  taskDefinitionArn: string;
  /** `service:<name>` for service tasks, the RunTask `group` otherwise. */
  group: string;
  serviceName?: string;
  deploymentId?: string;
  startedBy?: string;
  launchType: string;
  capacityProviderName?: string;
  lastStatus: string;
  desiredStatus: 'RUNNING' | 'STOPPED';
  healthStatus: 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';
  createdAt: number;
  pullStartedAt?: number;
  pullStoppedAt?: number;
  startedAt?: number;
  healthyAt?: number;
  /** When its health check will have failed enough times (our timing model). */
  unhealthyAt?: number;
  stoppingAt?: number;
  stoppedAt?: number;
  /** When the task next changes by itself (the scheduler skips it until then). */
  nextAt: number;
  /** The fault it will hit, decided at launch from the image and the task definition. */
  fate: TaskFate;
  stop?: StopInfo;
  /** True once a "has stopped" event named it. */
  stopReported?: boolean;
  cpu: string;
  memory: string;
  availabilityZone: string;
  privateIp: string;
}

/** What will happen to a task, from its images and task definition (see images.ts). */
export type TaskFate =
  | { kind: 'runs' }
  | { kind: 'pull-error'; image: string }
  | { kind: 'init-error'; message: string }
  | { kind: 'exits'; afterSeconds: number; exitCode: number; container: string }
  | { kind: 'oom'; afterSeconds: number; container: string }
  | { kind: 'unhealthy'; container: string }
  | { kind: 'slow'; readySeconds: number; container: string };

/** An Application Auto Scaling scalable target. */
export interface ScalableTargetState {
  ServiceNamespace: string;
  ResourceId: string;
  ScalableDimension: string;
  MinCapacity: number;
  MaxCapacity: number;
  RoleARN: string;
  CreationTime: number;
  ScalableTargetARN: string;
}

/** A scaling policy (target tracking only is evaluated; step scaling is stored). */
export interface ScalingPolicyState {
  PolicyARN: string;
  PolicyName: string;
  ServiceNamespace: string;
  ResourceId: string;
  ScalableDimension: string;
  PolicyType: string;
  TargetTrackingScalingPolicyConfiguration?: Record<string, unknown>;
  StepScalingPolicyConfiguration?: Record<string, unknown>;
  CreationTime: number;
  /** Consecutive one-minute datapoints above / below the target. */
  high: number;
  low: number;
  lastScaleOutAt?: number;
  lastScaleInAt?: number;
}

/** A scheduled action. */
export interface ScheduledActionState {
  ScheduledActionName: string;
  ScheduledActionARN: string;
  ServiceNamespace: string;
  Schedule: string;
  Timezone?: string;
  ResourceId: string;
  ScalableDimension: string;
  StartTime?: number;
  EndTime?: number;
  ScalableTargetAction: { MinCapacity?: number; MaxCapacity?: number };
  CreationTime: number;
}

/** A scaling activity (DescribeScalingActivities). */
export interface ScalingActivityState {
  ActivityId: string;
  ServiceNamespace: string;
  ResourceId: string;
  ScalableDimension: string;
  Description: string;
  Cause: string;
  StartTime: number;
  EndTime: number;
  StatusCode: string;
  StatusMessage: string;
}

/** Load on a service: CPU demand in "tasks at 100 %" over time (the sandbox's traffic model). */
export interface LoadState {
  /** Demand before and after the spike, in tasks' worth of CPU at 100 %. */
  base: number;
  peak: number;
  spikeAt: number;
  spikeSeconds: number;
}

/** Everything the emulator knows. */
export interface EmulatorState {
  version: 1;
  region: string;
  accountId: string;
  seed: number;
  /** The generator's state (mulberry32), so ids continue after a restore. */
  rng: number;
  now: number;
  startTime: number;
  clusters: ClusterState[];
  taskDefinitions: TaskDefinitionState[];
  services: ServiceState[];
  tasks: TaskState[];
  scalableTargets: ScalableTargetState[];
  scalingPolicies: ScalingPolicyState[];
  scheduledActions: ScheduledActionState[];
  scalingActivities: ScalingActivityState[];
  /** Secrets Manager / SSM names that exist in the sandbox account. */
  secrets: string[];
  /** IAM roles that exist, with whether they may read secrets. */
  roles: { arn: string; canReadSecrets: boolean }[];
  loads: Record<string, LoadState>;
  files: Record<string, string>;
}
