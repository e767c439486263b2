/**
 * Runs every task definition rule on one (camelCase) task definition: builds the shared context,
 * walks the containers and calls each rule file's check in reporting order.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
 */
import { parseTaskCpu, parseTaskMemory } from '../../../../aws/index.ts';
import { arr, get, isObj, ptr, type Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import { check as checkAwslogsOptions } from './awslogs-options.ts';
import { check as checkAwsvpcHostPort } from './awsvpc-host-port.ts';
import { check as checkContainerCount } from './container-count.ts';
import { check as checkContainerCpuSum } from './container-cpu-sum.ts';
import { check as checkContainerImage } from './container-image.ts';
import { check as checkEc2MemoryRequired } from './container-memory-required.ts';
import { check as checkContainerMemory } from './container-memory.ts';
import { check as checkContainerName } from './container-name.ts';
import {
  check as checkContainerReferences,
  checkDependsOn as checkDependsOnTarget,
} from './container-reference.ts';
import { taskDefContext, type TdCtx } from './context.ts';
import { check as checkDependsOnEssential } from './depends-on-essential.ts';
import { check as checkDependsOnHealthy } from './depends-on-healthy.ts';
import { check as checkEfsTransitEncryption } from './efs-transit-encryption.ts';
import { check as checkEssentialContainer } from './essential-container.ts';
import { check as checkExecutionRoleRequired } from './execution-role-required.ts';
import { check as checkFargateCapabilities } from './fargate-capabilities.ts';
import { check as checkFargateCpuMemoryRequired } from './fargate-cpu-memory-required.ts';
import { check as checkFargateLogDriver } from './fargate-log-driver.ts';
import { check as checkFargateNetworkMode } from './fargate-network-mode.ts';
import { check as checkFargatePidMode } from './fargate-pid-mode.ts';
import { check as checkFargateSize } from './fargate-size.ts';
import {
  check as checkFargateTaskFields,
  checkContainer as checkFargateContainerFields,
  checkLinuxParameters as checkFargateLinuxParameters,
  checkVolumes as checkFargateVolumes,
} from './fargate-unsupported.ts';
import { check as checkFirelens } from './firelens.ts';
import { check as checkHealthCheckCommand } from './health-check-command.ts';
import { check as checkHealthCheckRanges } from './health-check.ts';
import { check as checkHostNamespaces } from './host-namespaces.ts';
import { check as checkImageName } from './image-name.ts';
import { check as checkImageTag } from './image-tag.ts';
import { check as checkMemoryReservationSum } from './memory-reservation-sum.ts';
import { check as checkMemoryReservation } from './memory-reservation.ts';
import { check as checkNetworkModeFeatures } from './network-mode-features.ts';
import { check as checkNoHealthCheck } from './no-health-check.ts';
import { check as checkNoLogConfiguration } from './no-log-configuration.ts';
import { check as checkPlaintextSecret } from './plaintext-secret.ts';
import { check as checkWindowsLimits, checkFirelens as checkWindowsFirelens } from './platform-limits.ts';
import { check as checkPrivileged } from './privileged.ts';
import { check as checkRoleArn } from './role-arn.ts';
import { check as checkRoleMixup } from './role-mixup.ts';
import { check as checkRootUser } from './root-user.ts';
import { check as checkSecretValueFrom } from './secret-value-from.ts';
import { check as checkTaskCpu } from './task-cpu.ts';
import { check as checkTaskMemory } from './task-memory.ts';
import { check as checkWritableRootFs } from './writable-root-fs.ts';

/** Task-level cpu/memory, then each container's memory, then the sums. */
function checkTaskSize(ctx: TdCtx): void {
  const cpu = parseTaskCpu(get(ctx.td, 'cpu'));
  const memory = parseTaskMemory(get(ctx.td, 'memory'));
  checkTaskCpu(ctx);
  checkTaskMemory(ctx);
  checkFargateCpuMemoryRequired(ctx);
  checkFargateSize(ctx, cpu, memory);
  for (const x of ctx.containers) {
    checkContainerMemory(ctx, x, memory);
    checkMemoryReservation(ctx, x);
    checkEc2MemoryRequired(ctx, x);
  }
  checkContainerCpuSum(ctx, cpu);
  checkMemoryReservationSum(ctx, memory);
}

/** Container structure, references between containers, health checks and networking. */
function checkContainers(ctx: TdCtx): void {
  checkContainerCount(ctx);
  checkEssentialContainer(ctx);
  for (const x of ctx.containers) {
    checkContainerName(ctx, x);
    checkContainerImage(ctx, x);
    checkImageName(ctx, x);
  }
  for (const x of ctx.containers) {
    arr(get(x.c, 'dependsOn')).forEach((dep, j) => {
      const dp = ptr(x.p, 'dependsOn', j);
      checkDependsOnTarget(ctx, dep, dp);
      checkDependsOnEssential(ctx, dep, dp);
      checkDependsOnHealthy(ctx, dep, dp);
    });
    checkContainerReferences(ctx, x);
  }
  for (const x of ctx.containers) {
    if (!isObj(get(x.c, 'healthCheck'))) continue;
    checkHealthCheckCommand(ctx, x);
    checkHealthCheckRanges(ctx, x);
  }
  checkFargateNetworkMode(ctx);
  for (const x of ctx.containers) {
    checkAwsvpcHostPort(ctx, x);
    checkNetworkModeFeatures(ctx, x);
  }
}

/** Fargate restrictions (ecs-facts §8.8). */
function checkFargateLimits(ctx: TdCtx): void {
  checkFargateTaskFields(ctx);
  checkFargatePidMode(ctx);
  checkFargateVolumes(ctx);
  for (const x of ctx.containers) {
    checkFargateContainerFields(ctx, x);
    checkFargateCapabilities(ctx, x);
    checkFargateLinuxParameters(ctx, x);
  }
}

/** Log driver, awslogs options and FireLens. */
function checkLogging(ctx: TdCtx): void {
  for (const x of ctx.containers) {
    checkFargateLogDriver(ctx, x);
    checkAwslogsOptions(ctx, x);
    checkFirelens(ctx, x);
    checkWindowsFirelens(ctx, x);
  }
}

/** Best practices: AWS accepts these, but they are known problems. */
function checkPractices(ctx: TdCtx): void {
  for (const x of ctx.containers) {
    checkImageTag(ctx, x);
    checkNoHealthCheck(ctx, x);
    checkNoLogConfiguration(ctx, x);
    checkPlaintextSecret(ctx, x);
    checkPrivileged(ctx, x);
    checkRootUser(ctx, x);
    checkWritableRootFs(ctx, x);
  }
  checkHostNamespaces(ctx);
  checkEfsTransitEncryption(ctx);
  checkRoleArn(ctx);
  checkRoleMixup(ctx);
}

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
  checkExecutionRoleRequired(ctx);
  checkSecretValueFrom(ctx);
  checkWindowsLimits(ctx);
  checkPractices(ctx);
}
