/**
 * The exercise catalogue's sequence index: one file per exercise under `ch<NN>/<id>.ts`, listed
 * here once in course order. Adding an exercise is its file plus one import and one entry below.
 */
import { fargateTaskdefFromScratch } from './ch02/fargate-taskdef-from-scratch.ts';
import { fixFargateSize } from './ch02/fix-fargate-size.ts';
import { sidecarDependsOnHealthy } from './ch02/sidecar-depends-on-healthy.ts';
import { secretsFromSecretsManager } from './ch02/secrets-from-secrets-manager.ts';
import { executionRoleLeastPrivilege } from './ch02/execution-role-least-privilege.ts';
import { separateTaskRole } from './ch02/separate-task-role.ts';
import { capacitySpotSplit } from './ch03/capacity-spot-split.ts';
import { scalableTargetBounds } from './ch04/scalable-target-bounds.ts';
import { cpuTargetTracking } from './ch04/cpu-target-tracking.ts';
import { businessHoursSchedule } from './ch04/business-hours-schedule.ts';
import { requestCountScaling } from './ch04/request-count-scaling.ts';
import { rollingNeverBelow100 } from './ch05/rolling-never-below-100.ts';
import { nativeCanary } from './ch05/native-canary.ts';
import { albTargetGroupIp } from './ch06/alb-target-group-ip.ts';
import { firelensTwoDestinations } from './ch07/firelens-two-destinations.ts';
import { ecsExecService } from './ch08/ecs-exec-service.ts';
import { ecsExecTaskRole } from './ch08/ecs-exec-task-role.ts';
import { serviceConnectServer } from './ch09/service-connect-server.ts';
import { cfnFargateServiceRepair } from './ch10/cfn-fargate-service-repair.ts';
import { fixAntiPatterns } from './ch11/fix-anti-patterns.ts';
import type { Exercise } from './types.ts';

export type { Difficulty, Exercise, ExerciseGoal } from './types.ts';

/** Every graded editor exercise, in course order. */
export const EXERCISES: readonly Exercise[] = [
  fargateTaskdefFromScratch,
  fixFargateSize,
  sidecarDependsOnHealthy,
  secretsFromSecretsManager,
  executionRoleLeastPrivilege,
  separateTaskRole,
  capacitySpotSplit,
  scalableTargetBounds,
  cpuTargetTracking,
  businessHoursSchedule,
  requestCountScaling,
  rollingNeverBelow100,
  nativeCanary,
  albTargetGroupIp,
  firelensTwoDestinations,
  ecsExecService,
  ecsExecTaskRole,
  serviceConnectServer,
  cfnFargateServiceRepair,
  fixAntiPatterns,
];

/** The exercise with that id, or undefined. */
export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
