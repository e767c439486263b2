/**
 * Blue/green traffic shifting: CodeDeploy's predefined ECS configurations and custom limits, and the
 * ECS-native BLUE_GREEN, LINEAR and CANARY strategies with their ranges and defaults.
 */
import { fact } from './fact.ts';
import type { Setting } from './health-checks.ts';

/** How a predefined CodeDeploy configuration shifts traffic. */
export type CodeDeployShift =
  | { kind: 'all-at-once' }
  | { kind: 'linear'; percent: number; everyMinutes: number }
  | { kind: 'canary'; percent: number; thenAfterMinutes: number };

/** The five predefined CodeDeploy configurations for ECS. */
export const CODEDEPLOY_CONFIGS_FACT = /* @__PURE__ */ fact({
  id: 'codedeploy-ecs-configurations',
  sources: [
    'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html',
    'https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TrafficRoutingConfig.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: {
    'CodeDeployDefault.ECSAllAtOnce': { kind: 'all-at-once' },
    'CodeDeployDefault.ECSLinear10PercentEvery1Minutes': { kind: 'linear', percent: 10, everyMinutes: 1 },
    'CodeDeployDefault.ECSLinear10PercentEvery3Minutes': { kind: 'linear', percent: 10, everyMinutes: 3 },
    'CodeDeployDefault.ECSCanary10Percent5Minutes': { kind: 'canary', percent: 10, thenAfterMinutes: 5 },
    'CodeDeployDefault.ECSCanary10Percent15Minutes': { kind: 'canary', percent: 10, thenAfterMinutes: 15 },
  } satisfies Record<string, CodeDeployShift>,
});

/** Name of a CodeDeploy predefined ECS configuration. */
export type CodeDeployPredefinedConfig = keyof typeof CODEDEPLOY_CONFIGS_FACT.value;

/** The five predefined configuration names, in the order CodeDeploy lists them. */
export const CODEDEPLOY_PREDEFINED_CONFIGS = Object.keys(
  CODEDEPLOY_CONFIGS_FACT.value,
) as readonly CodeDeployPredefinedConfig[];

/** How a predefined configuration shifts traffic. */
export function codeDeployShift(name: CodeDeployPredefinedConfig): CodeDeployShift {
  return CODEDEPLOY_CONFIGS_FACT.value[name];
}

/** The longest wait for the original task set: terminationWaitTimeInMinutes up to 2880 (2 days). */
export const CODEDEPLOY_TERMINATION_WAIT_FACT = /* @__PURE__ */ fact({
  id: 'codedeploy-termination-wait',
  sources: [
    'https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BlueInstanceTerminationOption.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: { maxMinutes: 2880 },
});

/** ECS-native deployment strategies (controller ECS) with their settings. */
export const ECS_STRATEGIES_FACT = /* @__PURE__ */ fact({
  id: 'ecs-native-deployment-strategies',
  sources: [
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html',
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinearConfiguration.html',
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CanaryConfiguration.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: {
    strategies: ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'] as const,
    linear: {
      stepPercent: { min: 3, max: 100, default: 10 },
      stepBakeTimeInMinutes: { min: 0, max: 1440, default: 6 },
    } satisfies Record<string, Setting>,
    canary: {
      canaryPercent: { min: 0.1, max: 100, default: 5 },
      canaryBakeTimeInMinutes: { min: 0, max: 1440, default: 10 },
    } satisfies Record<string, Setting>,
  },
});

/** ECS-native strategy settings (see {@link ECS_STRATEGIES_FACT}). */
export const ECS_STRATEGIES = ECS_STRATEGIES_FACT.value;

/** CodeDeploy's ECS lifecycle events in order, and those a hook can run at (the others cannot be scripted). */
export const CODEDEPLOY_LIFECYCLE_FACT = /* @__PURE__ */ fact({
  id: 'codedeploy-ecs-lifecycle',
  sources: [
    'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html',
    'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-steps-ecs.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: {
    events: [
      'BeforeInstall',
      'Install',
      'AfterInstall',
      'AllowTestTraffic',
      'AfterAllowTestTraffic',
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
    ] as const,
    hookable: [
      'BeforeInstall',
      'AfterInstall',
      'AfterAllowTestTraffic',
      'BeforeAllowTraffic',
      'AfterAllowTraffic',
    ] as const,
  },
});

/** CodeDeploy ECS lifecycle events in order. */
export const CODEDEPLOY_LIFECYCLE_EVENTS = CODEDEPLOY_LIFECYCLE_FACT.value.events;
/** CodeDeploy events a hook (Lambda) can run at. */
export const CODEDEPLOY_HOOKABLE = CODEDEPLOY_LIFECYCLE_FACT.value.hookable;

/** ECS-native `ServiceDeploymentLifecycleStage` values in order, and those that take a hook. */
export const ECS_LIFECYCLE_FACT = /* @__PURE__ */ fact({
  id: 'ecs-native-lifecycle-stages',
  sources: [
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHook.html',
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-how-it-works.html',
  ],
  checked: '2026-12-06',
  confidence: 'aws',
  value: {
    stages: [
      'RECONCILE_SERVICE',
      'PRE_SCALE_UP',
      'SCALE_UP',
      'POST_SCALE_UP',
      'TEST_TRAFFIC_SHIFT',
      'POST_TEST_TRAFFIC_SHIFT',
      'PRE_PRODUCTION_TRAFFIC_SHIFT',
      'PRODUCTION_TRAFFIC_SHIFT',
      'POST_PRODUCTION_TRAFFIC_SHIFT',
      'BAKE_TIME',
      'CLEAN_UP',
    ] as const,
    notHookable: ['SCALE_UP', 'BAKE_TIME', 'CLEAN_UP'] as const,
  },
});

/** ECS-native lifecycle stages in documented order. */
export const ECS_LIFECYCLE_STAGES = ECS_LIFECYCLE_FACT.value.stages;
/** ECS-native stages that accept a lifecycle hook (all but SCALE_UP, BAKE_TIME and CLEAN_UP). */
export const ECS_HOOKABLE = ECS_LIFECYCLE_STAGES.filter(
  (s) => !(ECS_LIFECYCLE_FACT.value.notHookable as readonly string[]).includes(s),
);
