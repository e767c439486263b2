/**
 * The scenarios' sequence index: one file per scenario under `catalog/<id>.ts`, listed here once
 * in course order. Adding a scenario is its file plus one import and one entry below.
 */
import { splitSpotSeventy } from './catalog/split-spot-seventy.ts';
import { splitWeightsOnly } from './catalog/split-weights-only.ts';
import { rollingFullCapacity } from './catalog/rolling-full-capacity.ts';
import { rollingAutoRollback } from './catalog/rolling-auto-rollback.ts';
import { rollingUnstick } from './catalog/rolling-unstick.ts';
import { rollingNoExtraCapacity } from './catalog/rolling-no-extra-capacity.ts';
import { rollingDaemonAgents } from './catalog/rolling-daemon-agents.ts';
import { bluegreenCanaryTen } from './catalog/bluegreen-canary-ten.ts';
import { bluegreenTestBeforeProduction } from './catalog/bluegreen-test-before-production.ts';
import { scalingMorningSpike } from './catalog/scaling-morning-spike.ts';

/** Every scenario, in the order the course meets them. */
export const SCENARIOS = [
  splitSpotSeventy,
  splitWeightsOnly,
  rollingFullCapacity,
  rollingAutoRollback,
  rollingUnstick,
  rollingNoExtraCapacity,
  rollingDaemonAgents,
  bluegreenCanaryTen,
  bluegreenTestBeforeProduction,
  scalingMorningSpike,
] as const;

export type AnyScenario = (typeof SCENARIOS)[number];
