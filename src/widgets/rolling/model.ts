import { readFlatState } from '../read-flat-state.ts';
import {
  SimInputError,
  simulateRollingDeployment,
  type NewVersionBehaviour,
  type RollingDeploymentOptions,
  type RollingDeploymentResult,
} from '../../sim/index.ts';

/** The rolling deployment player's settings; also what its URL parameter holds. */
export interface RollingState {
  desired: number;
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
  desired: 4,
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

/** Reads a state from untrusted input; `undefined` when it is not one. Numbers are checked later by the simulator. */
export function readRollingState(value: unknown): RollingState | undefined {
  const state = readFlatState<RollingState>(value, DEFAULT_ROLLING_STATE);
  if (!state) return undefined;
  if (!VERSIONS.includes(state.version)) return undefined;
  return state;
}

/** The simulator options the widget state stands for. */
export function toOptions(state: RollingState): RollingDeploymentOptions {
  return {
    serviceName: 'web',
    desiredCount: state.desired,
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
  };
}

export type RollingRun =
  { ok: true; result: RollingDeploymentResult } | { ok: false; field: string; message: string; code: string };

/** Runs the simulation for a widget state; invalid settings become a message, never an exception. */
export function runRolling(state: RollingState): RollingRun {
  try {
    return { ok: true, result: simulateRollingDeployment(toOptions(state)) };
  } catch (error) {
    if (error instanceof SimInputError)
      return { ok: false, field: error.field, message: error.message, code: error.code };
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

/** Formats seconds as m:ss (or h:mm:ss). */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
