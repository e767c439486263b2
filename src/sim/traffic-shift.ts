import {
  CODEDEPLOY_PREDEFINED_CONFIGS,
  CODEDEPLOY_TERMINATION_WAIT_FACT,
  ECS_STRATEGIES,
  codeDeployShift,
  type CodeDeployPredefinedConfig,
} from '../aws/index.ts';
import { SimInputError } from './errors.ts';
import { optionalInteger, optionalNumber, requireInteger, requireObject } from './validate.ts';

// AWS references:
// - CodeDeploy configs: https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
// - ECS-native strategies: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html
//   (LinearConfiguration, CanaryConfiguration), https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-how-it-works.html

export { CODEDEPLOY_PREDEFINED_CONFIGS, type CodeDeployPredefinedConfig };

const LINEAR = ECS_STRATEGIES.linear;
const CANARY = ECS_STRATEGIES.canary;
/** Longest custom CodeDeploy interval we accept: the blue task set's longest wait (our model's bound). */
const WAIT_MAX = CODEDEPLOY_TERMINATION_WAIT_FACT.value.maxMinutes;
/** Longest ECS bake time we accept; AWS does not state a range for bakeTimeInMinutes (assumption, as the step bake times). */
const BAKE_MAX = LINEAR.stepBakeTimeInMinutes.max;

/** A traffic shift configuration: CodeDeploy (predefined or custom) or ECS-native. */
export type TrafficShiftConfig =
  | CodeDeployPredefinedConfig
  | { type: 'TimeBasedLinear'; linearPercentage: number; linearInterval: number }
  | { type: 'TimeBasedCanary'; canaryPercentage: number; canaryInterval: number }
  | { type: 'BLUE_GREEN'; bakeTimeInMinutes: number }
  | { type: 'LINEAR'; stepPercent?: number; stepBakeTimeInMinutes?: number; bakeTimeInMinutes?: number }
  | { type: 'CANARY'; canaryPercent?: number; canaryBakeTimeInMinutes?: number; bakeTimeInMinutes?: number };

/** Production traffic on green from `minute` (since the shift began) onward. */
export interface TrafficStep {
  minute: number;
  greenPercent: number;
}

/** Which deployment controller a configuration belongs to. */
export function controllerOf(config: TrafficShiftConfig): 'CODE_DEPLOY' | 'ECS' {
  if (typeof config === 'string') return 'CODE_DEPLOY';
  return config.type === 'TimeBasedLinear' || config.type === 'TimeBasedCanary' ? 'CODE_DEPLOY' : 'ECS';
}

/** Builds a linear schedule in tenths of a percent so 3.3 % steps add up exactly. */
function linear(stepTenths: number, interval: number): TrafficStep[] {
  const steps: TrafficStep[] = [];
  for (let k = 1; ; k += 1) {
    const tenths = Math.min(1000, k * stepTenths);
    steps.push({ minute: (k - 1) * interval, greenPercent: tenths / 10 });
    if (tenths >= 1000) return steps;
  }
}

function canary(percent: number, wait: number): TrafficStep[] {
  return percent >= 100
    ? [{ minute: 0, greenPercent: 100 }]
    : [
        { minute: 0, greenPercent: percent },
        { minute: wait, greenPercent: 100 },
      ];
}

/** Reads a percentage with one decimal place (the ECS API accepts steps of 0.1). */
function tenthsOf(value: unknown, field: string, min: number, max: number, fallback: number): number {
  const v = optionalNumber(value, field, min, max, fallback);
  const tenths = Math.round(v * 10);
  if (Math.abs(tenths - v * 10) > 1e-6) {
    throw new SimInputError('INVALID_VALUE', field, `${field} must be a multiple of 0.1, got ${v}.`);
  }
  return tenths;
}

/**
 * Production traffic schedule of a blue/green deployment, as points where green's share changes.
 * Linear and canary configs shift their first step at minute 0 (assumption `codedeploy-linear-t0`);
 * e.g. ECSLinear10PercentEvery3Minutes reaches 100 % at minute 27. ECS-native BLUE_GREEN moves all
 * traffic at once; its bake time follows the shift and is not part of this schedule.
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinearConfiguration.html
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CanaryConfiguration.html
 */
export function trafficShiftSchedule(config: TrafficShiftConfig): TrafficStep[] {
  if (typeof config === 'string') {
    if (!(CODEDEPLOY_PREDEFINED_CONFIGS as readonly string[]).includes(config)) {
      throw new SimInputError(
        'UNKNOWN_VALUE',
        'config',
        `Unknown deployment configuration ${JSON.stringify(config)}. Use one of ${CODEDEPLOY_PREDEFINED_CONFIGS.join(', ')}.`,
      );
    }
    const shift = codeDeployShift(config);
    if (shift.kind === 'all-at-once') return [{ minute: 0, greenPercent: 100 }];
    return shift.kind === 'linear'
      ? linear(10 * shift.percent, shift.everyMinutes)
      : canary(shift.percent, shift.thenAfterMinutes);
  }
  requireObject(config, 'config');
  switch (config.type) {
    case 'TimeBasedLinear':
      return linear(
        10 * requireInteger(config.linearPercentage, 'config.linearPercentage', 1, 100),
        requireInteger(config.linearInterval, 'config.linearInterval', 1, WAIT_MAX),
      );
    case 'TimeBasedCanary':
      return canary(
        requireInteger(config.canaryPercentage, 'config.canaryPercentage', 1, 99),
        requireInteger(config.canaryInterval, 'config.canaryInterval', 1, WAIT_MAX),
      );
    case 'BLUE_GREEN':
      requireInteger(config.bakeTimeInMinutes, 'config.bakeTimeInMinutes', 0, BAKE_MAX);
      return [{ minute: 0, greenPercent: 100 }];
    case 'LINEAR':
      optionalInteger(config.bakeTimeInMinutes, 'config.bakeTimeInMinutes', 0, BAKE_MAX, 0);
      return linear(
        tenthsOf(
          config.stepPercent,
          'config.stepPercent',
          LINEAR.stepPercent.min,
          LINEAR.stepPercent.max,
          LINEAR.stepPercent.default,
        ),
        optionalInteger(
          config.stepBakeTimeInMinutes,
          'config.stepBakeTimeInMinutes',
          LINEAR.stepBakeTimeInMinutes.min,
          LINEAR.stepBakeTimeInMinutes.max,
          LINEAR.stepBakeTimeInMinutes.default,
        ),
      );
    case 'CANARY':
      optionalInteger(config.bakeTimeInMinutes, 'config.bakeTimeInMinutes', 0, BAKE_MAX, 0);
      return canary(
        tenthsOf(
          config.canaryPercent,
          'config.canaryPercent',
          CANARY.canaryPercent.min,
          CANARY.canaryPercent.max,
          CANARY.canaryPercent.default,
        ) / 10,
        optionalInteger(
          config.canaryBakeTimeInMinutes,
          'config.canaryBakeTimeInMinutes',
          CANARY.canaryBakeTimeInMinutes.min,
          CANARY.canaryBakeTimeInMinutes.max,
          CANARY.canaryBakeTimeInMinutes.default,
        ),
      );
    default:
      throw new SimInputError(
        'UNKNOWN_VALUE',
        'config.type',
        `config.type must be TimeBasedLinear, TimeBasedCanary, BLUE_GREEN, LINEAR or CANARY.`,
      );
  }
}

/** Bake time (minutes) after production traffic has fully shifted, for ECS-native strategies; 0 for CodeDeploy. */
export function bakeTimeOf(config: TrafficShiftConfig): number {
  if (typeof config === 'string' || config.type === 'TimeBasedLinear' || config.type === 'TimeBasedCanary')
    return 0;
  return config.bakeTimeInMinutes ?? 0;
}
