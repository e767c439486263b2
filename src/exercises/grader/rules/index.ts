/**
 * The rule registry: every rule the grader can report, one import and one entry per rule, in
 * reporting order (an area runner calls the rules of each hook in this order). A rule lives in
 * `rules/<area>/<name>.ts` (its id is `<prefix>/<name>`); the registry test fails when a rule file
 * is missing here or an entry has no file.
 */
import type { LessonRef, RuleMeta } from '../types.ts';
import syntaxError from './input/syntax.ts';
import emptyInput from './input/empty.ts';
import tooLarge from './input/too-large.ts';
import tooDeep from './input/too-deep.ts';
import tooManyNodes from './input/too-many-nodes.ts';
import tooManyFindings from './input/too-many-findings.ts';
import duplicateKey from './input/duplicate-key.ts';
import unknownKind from './input/unknown-kind.ts';
import nullValue from './input/null-value.ts';
import outputOnlyKey from './input/output-only-key.ts';
import droppedByAction from './input/dropped-by-action.ts';
import unknownParameter from './input/unknown-parameter.ts';
import wrongType from './input/wrong-type.ts';
import missingRequired from './input/missing-required.ts';
import invalidValue from './input/invalid-value.ts';
import fargateCpuMemoryRequired from './taskdef/fargate-cpu-memory-required.ts';
import fargateSize from './taskdef/fargate-size.ts';
import taskCpuFormat from './taskdef/task-cpu.ts';
import taskMemoryFormat from './taskdef/task-memory.ts';
import containerCpuSum from './taskdef/container-cpu-sum.ts';
import containerMemoryExceedsTask from './taskdef/container-memory.ts';
import ec2MemoryRequired from './taskdef/container-memory-required.ts';
import memoryReservation from './taskdef/memory-reservation.ts';
import memoryReservationSum from './taskdef/memory-reservation-sum.ts';
import essentialContainer from './taskdef/essential-container.ts';
import containerCount from './taskdef/container-count.ts';
import sizeLimit from './taskdef/size-limit.ts';
import containerName from './taskdef/container-name.ts';
import containerImage from './taskdef/container-image.ts';
import imageName from './taskdef/image-name.ts';
import containerReference from './taskdef/container-reference.ts';
import dependsOnEssential from './taskdef/depends-on-essential.ts';
import dependsOnHealthy from './taskdef/depends-on-healthy.ts';
import healthCheckRange from './taskdef/health-check.ts';
import healthCheckCommand from './taskdef/health-check-command.ts';
import fargateNetworkMode from './taskdef/fargate-network-mode.ts';
import awsvpcHostPort from './taskdef/awsvpc-host-port.ts';
import networkModeFeatures from './taskdef/network-mode-features.ts';
import fargateUnsupported from './taskdef/fargate-unsupported.ts';
import fargateCapabilities from './taskdef/fargate-capabilities.ts';
import fargatePidMode from './taskdef/fargate-pid-mode.ts';
import fargateLogDriver from './taskdef/fargate-log-driver.ts';
import awslogsOptions from './taskdef/awslogs-options.ts';
import executionRoleRequired from './taskdef/execution-role-required.ts';
import secretValueFrom from './taskdef/secret-value-from.ts';
import windowsLimits from './taskdef/platform-limits.ts';
import firelens from './taskdef/firelens.ts';
import imageTag from './taskdef/image-tag.ts';
import noHealthCheck from './taskdef/no-health-check.ts';
import noLogConfiguration from './taskdef/no-log-configuration.ts';
import plaintextSecret from './taskdef/plaintext-secret.ts';
import privileged from './taskdef/privileged.ts';
import rootUser from './taskdef/root-user.ts';
import writableRootFs from './taskdef/writable-root-fs.ts';
import hostNamespaces from './taskdef/host-namespaces.ts';
import roleMixup from './taskdef/role-mixup.ts';
import roleArnFormat from './taskdef/role-arn.ts';
import efsTransitEncryption from './taskdef/efs-transit-encryption.ts';
import launchTypeAndStrategy from './service/launch-type-and-strategy.ts';
import managedInstancesLaunchType from './service/managed-instances-launch-type.ts';
import strategyRules from './service/capacity-provider-strategy.ts';
import deploymentStuck from './service/deployment-cannot-progress.ts';
import circuitBreaker from './service/circuit-breaker.ts';
import deploymentAlarms from './service/deployment-alarms.ts';
import assignPublicIp from './service/assign-public-ip.ts';
import fargateServiceLimits from './service/fargate-limits.ts';
import loadBalancerShape from './service/load-balancer.ts';
import gracePeriodWithoutLb from './service/grace-period-without-lb.ts';
import serviceConnect from './service/service-connect.ts';
import daemonController from './service/daemon-deployment-controller.ts';
import runTaskPropagateTags from './cli-files/propagate-tags.ts';
import resourceId from './scaling/resource-id.ts';
import scalableDimension from './scaling/scalable-dimension.ts';
import minMax from './scaling/min-max.ts';
import minZero from './scaling/min-capacity-zero.ts';
import policyType from './scaling/policy-configuration.ts';
import targetTracking from './scaling/target-tracking.ts';
import resourceLabel from './scaling/resource-label.ts';
import cooldowns from './scaling/cooldowns.ts';
import stepAdjustments from './scaling/step-adjustments.ts';
import schedule from './scaling/schedule.ts';
import timezone from './scaling/timezone.ts';
import scheduledCapacity from './scaling/scheduled-capacity.ts';
import wildcardAction from './iam/wildcard-action.ts';
import wildcardResource from './iam/wildcard-resource.ts';
import policyVersion from './iam/policy-version.ts';
import policyVersionInvalid from './iam/policy-version-invalid.ts';
import statementResource from './iam/statement-resource.ts';
import executionRolePermissions from './iam/execution-role-permissions.ts';
import taskRoleExecutionPolicy from './iam/task-role-execution-policy.ts';
import trustPolicy from './iam/trust-policy.ts';
import unresolvedRef from './cfn/unresolved-reference.ts';
import serviceTaskDefinition from './cfn/service-task-definition.ts';
import logGroupRetention from './cfn/log-group-retention.ts';
import dynamicPortHealthCheck from './cfn/dynamic-port-health-check.ts';
import unknownProperty from './cfn-spec/unknown-property.ts';
import propertyType from './cfn-spec/property-type.ts';
import enumValue from './cfn-spec/enum-value.ts';
import requiredProperty from './cfn-spec/required-property.ts';
import undefinedCondition from './cfn-spec/undefined-condition.ts';
import missingMapping from './cfn-spec/missing-mapping.ts';
import unknownAttribute from './cfn-spec/unknown-attribute.ts';
import unknownResourceType from './cfn-spec/unknown-resource-type.ts';

/** Every rule, in reporting order. */
export const ALL_RULES: readonly RuleMeta[] = [
  syntaxError,
  emptyInput,
  tooLarge,
  tooDeep,
  tooManyNodes,
  tooManyFindings,
  duplicateKey,
  unknownKind,
  nullValue,
  outputOnlyKey,
  droppedByAction,
  unknownParameter,
  wrongType,
  missingRequired,
  invalidValue,
  taskCpuFormat,
  taskMemoryFormat,
  fargateCpuMemoryRequired,
  fargateSize,
  containerCpuSum,
  containerMemoryExceedsTask,
  memoryReservation,
  ec2MemoryRequired,
  memoryReservationSum,
  containerCount,
  essentialContainer,
  sizeLimit,
  containerName,
  containerImage,
  imageName,
  containerReference,
  dependsOnEssential,
  dependsOnHealthy,
  healthCheckCommand,
  healthCheckRange,
  fargateNetworkMode,
  awsvpcHostPort,
  networkModeFeatures,
  fargateUnsupported,
  fargateCapabilities,
  fargatePidMode,
  fargateLogDriver,
  awslogsOptions,
  executionRoleRequired,
  secretValueFrom,
  firelens,
  windowsLimits,
  imageTag,
  noHealthCheck,
  noLogConfiguration,
  plaintextSecret,
  privileged,
  rootUser,
  writableRootFs,
  hostNamespaces,
  efsTransitEncryption,
  roleArnFormat,
  roleMixup,
  launchTypeAndStrategy,
  managedInstancesLaunchType,
  strategyRules,
  deploymentStuck,
  circuitBreaker,
  deploymentAlarms,
  assignPublicIp,
  fargateServiceLimits,
  loadBalancerShape,
  gracePeriodWithoutLb,
  serviceConnect,
  daemonController,
  runTaskPropagateTags,
  resourceId,
  scalableDimension,
  minMax,
  minZero,
  policyType,
  targetTracking,
  resourceLabel,
  cooldowns,
  stepAdjustments,
  schedule,
  timezone,
  scheduledCapacity,
  policyVersion,
  policyVersionInvalid,
  statementResource,
  wildcardAction,
  wildcardResource,
  executionRolePermissions,
  taskRoleExecutionPolicy,
  trustPolicy,
  unresolvedRef,
  serviceTaskDefinition,
  logGroupRetention,
  dynamicPortHealthCheck,
  unknownProperty,
  propertyType,
  enumValue,
  requiredProperty,
  undefinedCondition,
  missingMapping,
  unknownAttribute,
  unknownResourceType,
];

/** Rule by id. */
export const RULES_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((r) => [r.id, r]));

/** Distinct (lesson, anchor) pairs the rules link to, so chapter writers can add those anchors. */
export const RULE_LESSON_ANCHORS: readonly LessonRef[] = (() => {
  const seen = new Map<string, LessonRef>();
  for (const r of ALL_RULES) seen.set(`${r.lesson.lesson}#${r.lesson.anchor}`, r.lesson);
  return [...seen.values()].sort((a, b) => (a.lesson + a.anchor).localeCompare(b.lesson + b.anchor));
})();
