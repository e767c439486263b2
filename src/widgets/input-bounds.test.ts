import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios/scenarios.ts';
import { applyBounds, limitMessage, type StateBounds } from './input-bounds.ts';
import { boundBlueGreenState, DEFAULT_BLUE_GREEN_STATE } from './blue-green/model.ts';
import { boundScalingState, DEFAULT_SCALING_STATE, runScaling } from './autoscaling/model.ts';
import { boundSplitState, DEFAULT_SPLIT_STATE } from './capacity-split/model.ts';
import { boundCostState, DEFAULT_COST_STATE } from './cost/model.ts';
import {
  DEFAULT_ROLLING_STATE,
  ROLLING_BOUNDS,
  ROLLING_MAX_EVENTS,
  boundRollingState,
  readRollingState,
  runRolling,
} from './rolling/model.ts';

interface Demo {
  tasks: number;
  name: string;
  ratio: number;
}
const bounds: StateBounds<Demo> = { tasks: { max: 50, label: { ja: 'タスク数', en: 'Tasks' } } };

describe('applyBounds', () => {
  it('keeps a state within bounds as it is', () => {
    const state = { tasks: 50, name: 'x', ratio: 9 };
    expect(applyBounds(state, bounds)).toEqual({ state, limited: [] });
    expect(applyBounds(state, bounds).state).toBe(state);
  });

  it('lowers a field above its maximum and says so, leaving the input untouched', () => {
    const state = { tasks: 100_000, name: 'x', ratio: 9 };
    const { state: bounded, limited } = applyBounds(state, bounds);
    expect(bounded).toEqual({ tasks: 50, name: 'x', ratio: 9 });
    expect(state.tasks).toBe(100_000);
    expect(limited).toEqual([{ label: bounds.tasks?.label, requested: 100_000, applied: 50 }]);
  });

  it('leaves values the simulator explains (negative, fractional, NaN) to the simulator', () => {
    for (const tasks of [-1, 2.5, Number.NaN])
      expect(applyBounds({ tasks, name: '', ratio: 0 }, bounds).limited).toEqual([]);
  });
});

describe('limitMessage', () => {
  const limited = applyBounds({ tasks: 100_000, name: '', ratio: 0 }, bounds).limited;

  it('says what was limited and why, in Japanese and English', () => {
    expect(limitMessage(limited, 'ja')).toBe(
      'タスク数を 100,000 から 50 に下げました。この画面で滑らかに動かせる大きさに収めるためで、ECS の上限ではありません。',
    );
    expect(limitMessage(limited, 'en')).toBe(
      'Tasks lowered from 100,000 to 50. This keeps the widget responsive in the browser; it is not an ECS limit.',
    );
  });

  it('is empty when nothing was limited, and compact for absurd numbers', () => {
    expect(limitMessage([], 'en')).toBe('');
    const huge = applyBounds({ tasks: 1e300, name: '', ratio: 0 }, bounds).limited;
    expect(limitMessage(huge, 'en')).toContain('1E300');
  });
});

describe('widget bounds', () => {
  it('lowers a hostile rolling link to a run the player can show', () => {
    const hostile = readRollingState({ desired: 100_000, instances: 1e9 });
    expect(hostile).toBeDefined();
    const { state, limited } = boundRollingState(hostile ?? DEFAULT_ROLLING_STATE);
    expect(state.desired).toBe(ROLLING_BOUNDS.desired.max);
    expect(state.instances).toBe(ROLLING_BOUNDS.instances.max);
    expect(limited).toHaveLength(2);
    const run = runRolling(state);
    expect(run.ok).toBe(true);
    if (run.ok) expect(run.result.timeline.length).toBeLessThan(5_000);
  });

  it('stops a run that would relaunch tasks for hours at the event limit', () => {
    const run = runRolling({
      ...DEFAULT_ROLLING_STATE,
      desired: ROLLING_BOUNDS.desired.max,
      version: 'fail-start',
      breaker: false,
      minPct: 0,
      maxPct: 400,
    });
    expect(run.ok && run.result.stuckReason).toBe('EVENT_LIMIT');
    if (run.ok) expect(run.result.tasks.length).toBeLessThan(ROLLING_MAX_EVENTS);
    const small = runRolling({ ...DEFAULT_ROLLING_STATE, version: 'fail-start', breaker: false });
    expect(small.ok && small.result.stuckReason).toBe('TIME_LIMIT');
  });

  it('keeps every widget default within its bounds', () => {
    expect(boundRollingState(DEFAULT_ROLLING_STATE).limited).toEqual([]);
    expect(boundScalingState(DEFAULT_SCALING_STATE).limited).toEqual([]);
    expect(boundBlueGreenState(DEFAULT_BLUE_GREEN_STATE).limited).toEqual([]);
    expect(boundSplitState(DEFAULT_SPLIT_STATE).limited).toEqual([]);
    expect(boundCostState(DEFAULT_COST_STATE).limited).toEqual([]);
  });

  it('lowers the task counts that scale each simulation', () => {
    const scaling = boundScalingState({
      ...DEFAULT_SCALING_STATE,
      peak: 1e6,
      min: 1e6,
      max: 1e6,
      prewarm: 1e6,
    });
    expect(scaling.limited).toHaveLength(4);
    expect(runScaling(scaling.state).ok).toBe(true);
    expect(boundBlueGreenState({ ...DEFAULT_BLUE_GREEN_STATE, desired: 1e5 }).state.desired).toBe(1000);
    expect(boundSplitState({ ...DEFAULT_SPLIT_STATE, desired: 1e5 }).state.desired).toBe(1000);
    expect(boundCostState({ ...DEFAULT_COST_STATE, tasks: 1e9, instances: 1e9 }).limited).toHaveLength(2);
  });

  it('leaves every scenario start and solution as authored', () => {
    const bound = {
      rolling: boundRollingState,
      scaling: boundScalingState,
      bluegreen: boundBlueGreenState,
      split: boundSplitState,
    } as const;
    for (const scenario of SCENARIOS) {
      const check = bound[scenario.widget] as (state: unknown) => { limited: unknown[] };
      expect(check(scenario.start).limited, scenario.id).toEqual([]);
      expect(check(scenario.solution).limited, scenario.id).toEqual([]);
    }
  });
});
