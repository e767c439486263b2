/**
 * The ids lesson frontmatter may name, in course order. They are listed here, apart from the
 * catalogues, so the lesson schema loads no exercise, scenario, widget model or simulator code;
 * the catalogues' registration tests fail when these lists and the sequence indexes disagree.
 */

/** Every exercise id, in the order of `src/exercises/catalog/index.ts`. */
export const EXERCISE_IDS: readonly string[] = [
  'fargate-taskdef-from-scratch',
  'fix-fargate-size',
  'sidecar-depends-on-healthy',
  'secrets-from-secrets-manager',
  'execution-role-least-privilege',
  'separate-task-role',
  'capacity-spot-split',
  'scalable-target-bounds',
  'cpu-target-tracking',
  'business-hours-schedule',
  'request-count-scaling',
  'rolling-never-below-100',
  'native-canary',
  'alb-target-group-ip',
  'firelens-two-destinations',
  'ecs-exec-service',
  'ecs-exec-task-role',
  'service-connect-server',
  'cfn-fargate-service-repair',
  'fix-anti-patterns',
];

/** Every simulator scenario id, in the order of `src/scenarios/scenarios.ts`. */
export const SCENARIO_IDS: readonly string[] = [
  'split-spot-seventy',
  'split-weights-only',
  'rolling-full-capacity',
  'rolling-auto-rollback',
  'rolling-unstick',
  'rolling-no-extra-capacity',
  'rolling-daemon-agents',
  'bluegreen-canary-ten',
  'bluegreen-test-before-production',
  'scaling-morning-spike',
];
