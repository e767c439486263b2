/** Runs every task definition rule on one (camelCase) task definition. */
import type { Obj } from '../../value.ts';
import { checkContainers } from './container-checks.ts';
import { taskDefContext } from './context.ts';
import {
  checkExecutionRole,
  checkFargateLimits,
  checkLogging,
  checkPlatform,
  checkSecrets,
} from './launch-type-checks.ts';
import { checkPractices } from './practice-checks.ts';
import { checkTaskSize } from './size-checks.ts';
import type { Reporter } from '../report.ts';

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
