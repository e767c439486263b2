/** Runs every task definition rule on one (camelCase) task definition. */
import type { Obj } from '../value.ts';
import { checkContainers, CONTAINER_RULES } from './taskdef-containers.ts';
import { taskDefContext } from './taskdef-context.ts';
import {
  checkExecutionRole,
  checkFargateLimits,
  checkLogging,
  checkPlatform,
  checkSecrets,
  LAUNCH_TYPE_RULES,
} from './taskdef-fargate.ts';
import { checkPractices, PRACTICE_RULES } from './taskdef-practices.ts';
import { checkTaskSize, TASK_SIZE_RULES } from './taskdef-size.ts';
import type { Reporter } from './report.ts';

/**
 * Checks a task definition; `cfn` relaxes number types and skips intrinsic values; `partial` for a
 * list of containers whose task (launch type, network mode, memory) is defined elsewhere.
 */
export function checkTaskDef(td: Obj, r: Reporter, cfn: boolean, partial = false): void {
  const ctx = taskDefContext(td, r, cfn, partial);
  checkTaskSize(ctx);
  checkContainers(ctx);
  checkFargateLimits(ctx);
  checkLogging(ctx);
  checkExecutionRole(ctx);
  checkSecrets(ctx);
  checkPlatform(ctx);
  checkPractices(ctx);
}

export const TASKDEF_RULES = [
  ...TASK_SIZE_RULES,
  ...CONTAINER_RULES,
  ...LAUNCH_TYPE_RULES,
  ...PRACTICE_RULES,
];
