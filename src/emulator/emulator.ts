/** createEcsEmulator(): the emulator object over one state (calls, commands, files, time, snapshots). */
import { API_MODEL } from './api-model.ts';
import { AAS_HANDLERS } from './aas-api.ts';
import { advanceTime, MAX_ADVANCE_SECONDS, tick } from './clock.ts';
import { ECS_HANDLERS } from './ecs-api.ts';
import { AwsServiceError } from './errors.ts';
import type { EmulatedService } from './operations.ts';
import { toApiOutput, validateParams } from './param-validation.ts';
import { requireCluster, requireService } from './resources.ts';
import type { EmulatorState, LoadState } from './state.ts';
import { runCommandLine, type CommandResult } from './cli/run-command.ts';
import { restoreState } from './snapshot.ts';

/** Options of {@link createEcsEmulator}. */
export interface EmulatorOptions {
  /** Seed of the id generator (default 1). */
  seed?: number;
  /** AWS Region (default `ap-northeast-1`). */
  region?: string;
  /** Twelve-digit account id (default `123456789012`). */
  accountId?: string;
  /** Simulated start time, epoch ms (default 2026-12-01T00:00:00Z). */
  startTime?: number;
}

/** A snapshot: the whole state as plain JSON data. */
export type EmulatorSnapshot = EmulatorState;

/** The emulated control plane. */
export interface EcsEmulator {
  /** Calls an API operation with AWS's input shape; returns AWS's output shape or throws an {@link AwsServiceError}. */
  call(service: EmulatedService, operation: string, input?: Record<string, unknown>): Record<string, unknown>;
  /** Runs one `aws …` (or `dojo …`) command line as AWS CLI v2 would. */
  run(commandLine: string): CommandResult;
  /** The virtual file system that `file://` reads. */
  files: {
    write(path: string, text: string): void;
    read(path: string): string | undefined;
    list(): string[];
  };
  /** Moves simulated time forward. */
  advance(seconds: number): void;
  /** Sets the CPU demand on a service (tasks' worth of CPU at 100 %, with an optional spike). */
  setLoad(
    cluster: string,
    service: string,
    load: Omit<LoadState, 'spikeAt'> & { spikeInSeconds?: number },
  ): void;
  /** Simulated time, epoch ms. */
  now(): number;
  /** The current state (read it, do not change it). */
  inspect(): Readonly<EmulatorState>;
  snapshot(): EmulatorSnapshot;
  restore(snapshot: unknown): void;
}

/** Default start: 2026-12-01T00:00:00Z. */
export const DEFAULT_START_TIME = Date.UTC(2026, 11, 1);

/** A fresh state. */
export function initialState(options: EmulatorOptions = {}): EmulatorState {
  const region = options.region ?? 'ap-northeast-1';
  const accountId = options.accountId ?? '123456789012';
  const seed = (options.seed ?? 1) >>> 0;
  const start = options.startTime ?? DEFAULT_START_TIME;
  return {
    version: 1,
    region,
    accountId,
    seed,
    rng: seed,
    now: start,
    startTime: start,
    clusters: [],
    taskDefinitions: [],
    services: [],
    tasks: [],
    scalableTargets: [],
    scalingPolicies: [],
    scheduledActions: [],
    scalingActivities: [],
    secrets: [
      `arn:aws:secretsmanager:${region}:${accountId}:secret:dojo/db-password`,
      `arn:aws:ssm:${region}:${accountId}:parameter/dojo/api-key`,
    ],
    roles: [
      { arn: `arn:aws:iam::${accountId}:role/ecsTaskExecutionRole`, canReadSecrets: true },
      { arn: `arn:aws:iam::${accountId}:role/dojoExecutionRoleNoSecrets`, canReadSecrets: false },
      { arn: `arn:aws:iam::${accountId}:role/dojoTaskRole`, canReadSecrets: false },
    ],
    loads: {},
    files: {},
  };
}

const HANDLERS = { ecs: ECS_HANDLERS, 'application-autoscaling': AAS_HANDLERS } as const;

/** Calls one operation on a state (validation, handler, output conversion). */
export function callOperation(
  state: EmulatorState,
  service: string,
  operation: string,
  input: unknown,
  convert: boolean,
): Record<string, unknown> {
  const handlers = (
    HANDLERS as Record<
      string,
      Record<string, (s: EmulatorState, i: Record<string, unknown>) => Record<string, unknown>>
    >
  )[service];
  const handler = handlers?.[operation];
  const shapes = (API_MODEL.services as Record<string, Record<string, { input: string; output: string }>>)[
    service
  ]?.[operation];
  if (handler === undefined || shapes === undefined) {
    throw new AwsServiceError(
      'UnknownOperationException',
      `The sandbox does not implement ${service} ${operation}.`,
    );
  }
  const errors: string[] = [];
  const clean = validateParams(shapes.input, input ?? {}, '', errors) as Record<string, unknown>;
  if (errors.length > 0) {
    throw new AwsServiceError(
      service === 'ecs' ? 'InvalidParameterException' : 'ValidationException',
      errors.join('\n'),
    );
  }
  const result = handler(state, clean);
  // The scheduler reacts at once (our model: placement is immediate).
  tick(state);
  return convert ? (toApiOutput(shapes.output, result) as Record<string, unknown>) : result;
}

/** Creates an emulator. Pure and deterministic: same seed and same calls, same results. */
export function createEcsEmulator(options: EmulatorOptions = {}): EcsEmulator {
  let state = initialState(options);
  const emulator: EcsEmulator = {
    call: (service, operation, input = {}) => callOperation(state, service, operation, input, true),
    run: (line) => runCommandLine(emulator, state, line),
    files: {
      write(path, text) {
        state.files[normalisePath(path)] = String(text);
      },
      read(path) {
        return state.files[normalisePath(path)];
      },
      list() {
        return Object.keys(state.files).sort();
      },
    },
    advance(seconds) {
      if (
        typeof seconds !== 'number' ||
        !Number.isFinite(seconds) ||
        seconds < 0 ||
        seconds > MAX_ADVANCE_SECONDS
      ) {
        throw new RangeError(`seconds must be between 0 and ${MAX_ADVANCE_SECONDS}.`);
      }
      advanceTime(state, seconds);
    },
    setLoad(cluster, service, load) {
      const c = requireCluster(state, cluster);
      const s = requireService(state, c, service);
      const ok = (n: unknown): n is number =>
        typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100_000;
      if (
        !ok(load.base) ||
        !ok(load.peak) ||
        !ok(load.spikeSeconds) ||
        (load.spikeInSeconds !== undefined && !ok(load.spikeInSeconds))
      ) {
        throw new RangeError('load values must be numbers between 0 and 100000.');
      }
      state.loads[s.serviceArn] = {
        base: load.base,
        peak: load.peak,
        spikeSeconds: load.spikeSeconds,
        spikeAt: state.now + (load.spikeInSeconds ?? 0) * 1000,
      };
    },
    now: () => state.now,
    inspect: () => state,
    snapshot: () => structuredClone(state),
    restore(snapshot) {
      state = restoreState(snapshot);
    },
  };
  return emulator;
}

/** `./web.json`, `web.json` and `/web.json` name the same file. */
export function normalisePath(path: string): string {
  return String(path).replace(/^\.\//, '').replace(/^\/+/, '');
}
