/**
 * Runs the task definition rules on one (camelCase) task definition: builds the shared context,
 * walks the task and its containers and, at each hook, calls the registered rules that check there.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
 */
import { arr, get, isObj, ptr, type Obj } from '../../value.ts';
import { dispatch } from '../dispatch.ts';
import type { Reporter } from '../report.ts';
import { taskDefContext, type ContainerCtx, type TaskdefHooks, type TdCtx } from './context.ts';

type ContainerHook = {
  [H in keyof TaskdefHooks]: TaskdefHooks[H] extends ContainerCtx ? H : never;
}[keyof TaskdefHooks];

/** Dispatches a per-container hook for each container in turn. */
function eachContainer(ctx: TdCtx, hook: ContainerHook): void {
  for (const x of ctx.containers) dispatch('taskdef', hook, { ctx, x });
}

/** Task cpu/memory, then each container's memory, then the sums. */
function checkTaskSize(ctx: TdCtx): void {
  dispatch('taskdef', 'size', ctx);
  eachContainer(ctx, 'containerSize');
  dispatch('taskdef', 'sizeSums', ctx);
}

/** Container structure, references between containers, health checks and networking. */
function checkContainers(ctx: TdCtx): void {
  dispatch('taskdef', 'containers', ctx);
  eachContainer(ctx, 'container');
  for (const x of ctx.containers) {
    arr(get(x.c, 'dependsOn')).forEach((dep, j) => {
      dispatch('taskdef', 'dependsOn', { ctx, dep, dp: ptr(x.p, 'dependsOn', j) });
    });
    dispatch('taskdef', 'containerLinks', { ctx, x });
  }
  for (const x of ctx.containers) {
    if (isObj(get(x.c, 'healthCheck'))) dispatch('taskdef', 'healthCheck', { ctx, x });
  }
  dispatch('taskdef', 'network', ctx);
  eachContainer(ctx, 'containerNetwork');
}

/** Fargate restrictions (ecs-facts §8.8). */
function checkFargateLimits(ctx: TdCtx): void {
  dispatch('taskdef', 'fargate', ctx);
  dispatch('taskdef', 'volumes', ctx);
  for (const x of ctx.containers) {
    dispatch('taskdef', 'fargateContainer', { ctx, x });
    dispatch('taskdef', 'linuxParameters', { ctx, x });
  }
}

/**
 * Checks a task definition; `cfn` relaxes number types and skips intrinsic values; `partial` for a
 * list of containers whose task (launch type, network mode, memory) is defined elsewhere. The
 * `request` hook runs for API input only (a whole RegisterTaskDefinition request).
 */
export function checkTaskDef(td: Obj, r: Reporter, cfn: boolean, partial = false): void {
  const ctx = taskDefContext(td, r, cfn, partial);
  checkTaskSize(ctx);
  checkContainers(ctx);
  checkFargateLimits(ctx);
  eachContainer(ctx, 'logging');
  dispatch('taskdef', 'task', ctx);
  eachContainer(ctx, 'practice');
  dispatch('taskdef', 'taskPractice', ctx);
  if (!cfn && !partial) dispatch('taskdef', 'request', ctx);
}
