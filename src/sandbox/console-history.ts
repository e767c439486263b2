/**
 * What the console view's charts draw: for each service, samples of its desired and running task
 * counts, the newest deployment's running tasks against the older deployments', and the metric its
 * target tracking policy follows. A sample is taken after every command and time step (the
 * sandbox's own observations, not CloudWatch data). Pure.
 */
import { cpuOf } from '../emulator/scaling.ts';
import type { EmulatorState, ServiceState } from '../emulator/index.ts';

/** One observation of a service. */
export interface ServiceSample {
  /** Simulated time, ms since the epoch. */
  at: number;
  desired: number;
  running: number;
  /** Running tasks of the newest (PRIMARY) deployment. */
  newest: number;
  /** Running tasks of older deployments. */
  older: number;
  /** The target tracking metric in percent, or null without a target tracking policy. */
  metric: number | null;
  /** The policy's target value, or null without one. */
  target: number | null;
}

/** Samples per service, by service ARN. */
export type ConsoleHistory = Map<string, ServiceSample[]>;

/** Samples kept per service; beyond it every other older sample is dropped, keeping the shape. */
export const MAX_SAMPLES = 400;

function targetTracking(
  state: Readonly<EmulatorState>,
  svc: ServiceState,
): { metric: number; target: number } | undefined {
  const cluster = svc.clusterArn.slice(svc.clusterArn.lastIndexOf('/') + 1);
  const resourceId = `service/${cluster}/${svc.serviceName}`;
  const policy = state.scalingPolicies.find(
    (p) => p.ResourceId === resourceId && p.PolicyType === 'TargetTrackingScaling',
  );
  const config = policy?.TargetTrackingScalingPolicyConfiguration;
  const target = Number(config?.['TargetValue']);
  if (config === undefined || !Number.isFinite(target)) return undefined;
  const spec = config['PredefinedMetricSpecification'] as Record<string, unknown> | undefined;
  // The emulator's scaling model: memory stays at 30 %, CPU follows the traffic model (scaling.ts).
  const memory = spec?.['PredefinedMetricType'] === 'ECSServiceAverageMemoryUtilization';
  return { metric: memory ? 30 : cpuOf(state, svc), target };
}

/** A service's sample now. */
export function sampleService(state: Readonly<EmulatorState>, svc: ServiceState): ServiceSample {
  const primary = svc.deployments.find((d) => d.status === 'PRIMARY')?.id;
  let running = 0;
  let newest = 0;
  for (const t of state.tasks) {
    if (t.clusterArn !== svc.clusterArn || t.serviceName !== svc.serviceName) continue;
    if (t.desiredStatus !== 'RUNNING' || t.lastStatus !== 'RUNNING') continue;
    running += 1;
    if (t.deploymentId === primary) newest += 1;
  }
  const tracking = targetTracking(state, svc);
  return {
    at: state.now,
    desired: svc.desiredCount,
    running,
    newest,
    older: running - newest,
    metric: tracking === undefined ? null : Math.round(tracking.metric * 10) / 10,
    target: tracking?.target ?? null,
  };
}

function thin(samples: ServiceSample[]): ServiceSample[] {
  const half = Math.floor(samples.length / 2);
  return [...samples.slice(0, half).filter((_, i) => i % 2 === 0), ...samples.slice(half)];
}

/**
 * Adds a sample of every service that is not INACTIVE. A sample at the same time as the last one
 * replaces it (a command that did not move the clock); history stays within MAX_SAMPLES.
 */
export function recordSamples(history: ConsoleHistory, state: Readonly<EmulatorState>): void {
  for (const svc of state.services) {
    if (svc.status === 'INACTIVE') continue;
    const sample = sampleService(state, svc);
    const samples = history.get(svc.serviceArn) ?? [];
    const last = samples[samples.length - 1];
    if (last !== undefined && last.at >= sample.at) samples[samples.length - 1] = sample;
    else samples.push(sample);
    history.set(svc.serviceArn, samples.length > MAX_SAMPLES ? thin(samples) : samples);
  }
}
