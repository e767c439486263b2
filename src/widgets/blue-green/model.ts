import {
  CODEDEPLOY_PREDEFINED_CONFIGS,
  CODEDEPLOY_HOOKABLE,
  ECS_HOOKABLE,
  SimInputError,
  simulateBlueGreenDeployment,
  type BlueGreenResult,
  type BlueGreenStage,
  type TrafficShiftConfig,
} from '../../sim/index.ts';
import { isRecord } from '../../util/is-record.ts';
import { applyBounds, type Bounded, type StateBounds } from '../input-bounds.ts';

/** ECS-native strategies the widget offers besides the CodeDeploy predefined configurations. */
export const NATIVE_STRATEGIES = ['BLUE_GREEN', 'LINEAR', 'CANARY'] as const;
export const STRATEGIES = [...CODEDEPLOY_PREDEFINED_CONFIGS, ...NATIVE_STRATEGIES] as const;
export type StrategyChoice = (typeof STRATEGIES)[number];

/** The blue/green widget's settings; also what its URL parameter holds. */
export interface BlueGreenState {
  strategy: StrategyChoice;
  desired: number;
  /** LINEAR step percent or CANARY percent (ECS-native only). */
  percent: number;
  /** Minutes between LINEAR steps, or of the CANARY bake (ECS-native only). */
  stepMinutes: number;
  /** Final bake time in minutes (ECS-native only). */
  bakeMinutes: number;
  /** A stage whose lifecycle hook fails, or '' for none. */
  failingHook: string;
}

export const DEFAULT_BLUE_GREEN_STATE: BlueGreenState = {
  strategy: 'CANARY',
  desired: 4,
  percent: 10,
  stepMinutes: 5,
  bakeMinutes: 10,
  failingHook: '',
};

export function isNative(strategy: StrategyChoice): boolean {
  return (NATIVE_STRATEGIES as readonly string[]).includes(strategy);
}

/** Stages where the chosen strategy can run a hook. */
export function hookableStages(strategy: StrategyChoice): readonly BlueGreenStage[] {
  return isNative(strategy) ? ECS_HOOKABLE : CODEDEPLOY_HOOKABLE;
}

export function toConfig(state: BlueGreenState): TrafficShiftConfig {
  switch (state.strategy) {
    case 'BLUE_GREEN':
      return { type: 'BLUE_GREEN', bakeTimeInMinutes: state.bakeMinutes };
    case 'LINEAR':
      return {
        type: 'LINEAR',
        stepPercent: state.percent,
        stepBakeTimeInMinutes: state.stepMinutes,
        bakeTimeInMinutes: state.bakeMinutes,
      };
    case 'CANARY':
      return {
        type: 'CANARY',
        canaryPercent: state.percent,
        canaryBakeTimeInMinutes: state.stepMinutes,
        bakeTimeInMinutes: state.bakeMinutes,
      };
    default:
      return state.strategy;
  }
}

/** Beyond 1,000 tasks the counts stop being readable; a link asking for more is lowered. */
export const BLUE_GREEN_BOUNDS = {
  desired: { max: 1000, label: { ja: '希望タスク数', en: 'Desired count' } },
} satisfies StateBounds<BlueGreenState>;

/** A blue/green state within what the widget can show. */
export function boundBlueGreenState(state: BlueGreenState): Bounded<BlueGreenState> {
  return applyBounds(state, BLUE_GREEN_BOUNDS);
}

/** Reads a state from untrusted input; `undefined` when it is not one. */
export function readBlueGreenState(value: unknown): BlueGreenState | undefined {
  if (!isRecord(value)) return undefined;
  const state = { ...DEFAULT_BLUE_GREEN_STATE };
  const strategy = STRATEGIES.find((choice) => choice === value['strategy']);
  if (value['strategy'] !== undefined && !strategy) return undefined;
  if (strategy) state.strategy = strategy;
  for (const key of ['desired', 'percent', 'stepMinutes', 'bakeMinutes'] as const) {
    const incoming = value[key];
    if (incoming === undefined) continue;
    if (typeof incoming !== 'number' || !Number.isFinite(incoming)) return undefined;
    state[key] = incoming;
  }
  const hook = value['failingHook'];
  if (hook !== undefined) {
    if (
      typeof hook !== 'string' ||
      (hook !== '' && !hookableStages(state.strategy).some((stage) => stage === hook))
    )
      return undefined;
    state.failingHook = hook;
  }
  return state;
}

export type BlueGreenRun =
  | { ok: true; result: BlueGreenResult }
  | { ok: false; field: string; message: string; messageJa?: string | undefined; code: string };

/** Runs the blue/green simulation; invalid settings become a message. */
export function runBlueGreen(state: BlueGreenState): BlueGreenRun {
  const stages = hookableStages(state.strategy);
  const failing = stages.find((stage) => stage === state.failingHook);
  try {
    const result = simulateBlueGreenDeployment({
      serviceName: 'web',
      desiredCount: state.desired,
      config: toConfig(state),
      hooks: failing ? [failing] : [],
      ...(failing ? { failure: { stage: failing, kind: 'HOOK' as const } } : {}),
    });
    return { ok: true, result };
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
