/** Goal helpers the scenarios share: the widgets' models run on a learner's state, and the split checks. */
import { evaluateSplit, type SplitState } from '../widgets/capacity-split/model.ts';
import { runRolling, type RollingState } from '../widgets/rolling/model.ts';
import { runBlueGreen, type BlueGreenState } from '../widgets/blue-green/model.ts';
import { runScaling, type ScalingState } from '../widgets/autoscaling/model.ts';
import type { Goal } from './types.ts';

/** How many tasks a valid split puts on one capacity provider; -1 when ECS would refuse the strategy. */
export function tasksOn(state: SplitState, provider: string): number {
  const outcome = evaluateSplit(state);
  return outcome.ok
    ? outcome.shares.filter((s) => s.provider === provider).reduce((sum, s) => sum + s.tasks, 0)
    : -1;
}

/** True when ECS would accept the split's strategy. */
export function splitIsValid(state: SplitState): boolean {
  return evaluateSplit(state).ok;
}

/** True when the split divides exactly, with no task placed by rounding. */
function exactSplit(state: SplitState): boolean {
  const outcome = evaluateSplit(state);
  return outcome.ok && !outcome.rounded;
}

/** The goal both split scenarios share: a split that needs no rounding. */
export const exactGoal: Goal<SplitState> = {
  text: {
    ja: '端数の丸めに頼らない（AWS が文書化している割り切れる分け方になっている）',
    en: 'No rounding involved (the split divides exactly, as in the cases AWS documents)',
  },
  check: exactSplit,
};

/** The rolling deployment's simulated result, or undefined when the settings are refused. */
export function rolling(state: RollingState) {
  const run = runRolling(state);
  return run.ok ? run.result : undefined;
}

/** The blue/green deployment's simulated result, or undefined when the settings are refused. */
export function blueGreen(state: BlueGreenState) {
  const run = runBlueGreen(state);
  return run.ok ? run.result : undefined;
}

/** The autoscaling day's simulated result, or undefined when the settings are refused. */
export function scaling(state: ScalingState) {
  const run = runScaling(state);
  return run.ok ? run.result : undefined;
}
