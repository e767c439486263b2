import { applyBounds, type Bounded, type StateBounds } from '../input-bounds.ts';
import { readFlatState } from '../read-flat-state.ts';
import {
  ROLLING_DEFAULT_PERCENTS,
  SCHEDULING_STRATEGIES,
  SimInputError,
  simulateRollingDeployment,
  type SchedulingStrategy,
  type NewVersionBehaviour,
  type RollingDeploymentOptions,
  type RollingDeploymentResult,
} from '../../sim/index.ts';

/** The rolling deployment player's settings; also what its URL parameter holds. */
export interface RollingState {
  /** REPLICA or DAEMON. */
  strategy: SchedulingStrategy;
  /** REPLICA: the desired count. */
  desired: number;
  /** DAEMON: container instances, one task on each. */
  instances: number;
  minPct: number;
  maxPct: number;
  version: NewVersionBehaviour;
  failureProbability: number;
  breaker: boolean;
  rollback: boolean;
  loadBalancer: boolean;
  containerHealthCheck: boolean;
  gracePeriod: number;
  seed: number;
}

export const VERSIONS: readonly NewVersionBehaviour[] = [
  'healthy',
  'fail-start',
  'fail-health-check',
  'flaky',
];

/** A service behind a load balancer with AWS's default deployment settings (100 % / 200 %). */
export const DEFAULT_ROLLING_STATE: RollingState = {
  strategy: 'REPLICA',
  desired: 4,
  instances: 3,
  minPct: 100,
  maxPct: 200,
  version: 'healthy',
  failureProbability: 0.5,
  breaker: true,
  rollback: true,
  loadBalancer: true,
  containerHealthCheck: false,
  gracePeriod: 0,
  seed: 1,
};

/**
 * The player draws every task and replays every event: up to 500 tasks (1,000 at once with a 200 %
 * maximum) it stays responsive; a link asking for more is lowered with a message.
 */
export const ROLLING_BOUNDS = {
  desired: { max: 500, label: { ja: '希望タスク数', en: 'Desired count' } },
  instances: { max: 500, label: { ja: 'コンテナインスタンス数', en: 'Container instances' } },
} satisfies StateBounds<RollingState>;

/**
 * Simulator events the player replays at most. A new version that never starts, with the breaker off
 * and a high maximum percent, relaunches tasks for the whole simulated six hours: 500 tasks would
 * mean 450,000 task launches and seconds of frozen tab. The run stops here instead (outcome STUCK,
 * reason EVENT_LIMIT) and the player says so. A lesson-sized run stays far below it.
 */
export const ROLLING_MAX_EVENTS = 100_000;

/** A rolling state within what the player can show. */
export function boundRollingState(state: RollingState): Bounded<RollingState> {
  return applyBounds(state, ROLLING_BOUNDS);
}

/** Reads a state from untrusted input; `undefined` when it is not one. Numbers are checked later by the simulator. */
export function readRollingState(value: unknown): RollingState | undefined {
  const state = readFlatState<RollingState>(value, DEFAULT_ROLLING_STATE);
  if (!state) return undefined;
  if (!VERSIONS.includes(state.version)) return undefined;
  if (!SCHEDULING_STRATEGIES.includes(state.strategy)) return undefined;
  return state;
}

/** The simulator options the widget state stands for. */
export function toOptions(state: RollingState): RollingDeploymentOptions {
  return {
    serviceName: 'web',
    ...(state.strategy === 'DAEMON'
      ? { schedulingStrategy: 'DAEMON', containerInstances: state.instances }
      : { desiredCount: state.desired }),
    minimumHealthyPercent: state.minPct,
    maximumPercent: state.maxPct,
    newVersion: state.version,
    failureProbability: state.failureProbability,
    circuitBreaker: { enable: state.breaker, rollback: state.rollback },
    ...(state.loadBalancer ? { loadBalancer: {}, deregistrationDelaySeconds: 30 } : {}),
    ...(state.containerHealthCheck
      ? { containerHealthCheck: { interval: 10, timeout: 5, retries: 3, startPeriod: 10 } }
      : {}),
    healthCheckGracePeriodSeconds: state.gracePeriod,
    seed: state.seed,
    maxEvents: ROLLING_MAX_EVENTS,
  };
}

/**
 * The state after picking a scheduling strategy: the percents jump to that strategy's defaults
 * (DAEMON 0 % / 100 %, REPLICA 100 % / 200 %), as a new service would get.
 */
export function withStrategy(state: RollingState, strategy: SchedulingStrategy): RollingState {
  if (state.strategy === strategy) return state;
  const d = ROLLING_DEFAULT_PERCENTS[strategy];
  return { ...state, strategy, minPct: d.minimumHealthyPercent, maxPct: d.maximumPercent };
}

export type RollingRun =
  | { ok: true; result: RollingDeploymentResult }
  | { ok: false; field: string; message: string; messageJa?: string | undefined; code: string };

/** Runs the simulation for a widget state; invalid settings become a message, never an exception. */
export function runRolling(state: RollingState): RollingRun {
  try {
    return { ok: true, result: simulateRollingDeployment(toOptions(state)) };
  } catch (error) {
    if (error instanceof SimInputError)
      return {
        ok: false,
        field: error.field,
        message: error.message,
        messageJa: error.messageJa,
        code: error.code,
      };
    throw error;
  }
}

/** Index of the last timeline point at or before `time`. */
export function pointIndexAt(result: RollingDeploymentResult, time: number): number {
  const { timeline } = result;
  let low = 0;
  let high = timeline.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((timeline[mid]?.time ?? 0) <= time) low = mid;
    else high = mid - 1;
  }
  return low;
}
