/** All JSON Schemas, by input kind. The build writes them to `../json/` and compiles validators. */
import { cfnSchema, iamPolicySchema } from './iam-cfn.ts';
import { arrayOf, type Schema } from './helpers.ts';
import { runTaskSchema } from './run-task.ts';
import {
  scalingPolicySchema,
  scalingTargetSchema,
  scheduledActionSchema,
  stepScalingConfigurationSchema,
  targetTrackingConfigurationSchema,
} from './scaling.ts';
import {
  deploymentConfiguration,
  networkConfiguration,
  serviceConnectConfiguration,
  serviceSchema,
  strategyItem,
} from './service.ts';
import { containerDefinition, taskdefSchema } from './taskdef.ts';

export const SCHEMAS: Readonly<Record<string, Schema>> = {
  taskdef: taskdefSchema,
  service: serviceSchema,
  'scaling-target': scalingTargetSchema,
  'scaling-policy': scalingPolicySchema,
  'scheduled-action': scheduledActionSchema,
  'iam-policy': iamPolicySchema,
  cfn: cfnSchema,
  'run-task': runTaskSchema,
  // Files for single CLI flags (`--network-configuration file://…` and so on) and the container
  // list Terraform renders for aws_ecs_task_definition.container_definitions.
  'container-definitions': arrayOf(
    containerDefinition,
    'A JSON list of container definitions (Terraform container_definitions).',
    'コンテナ定義の JSON リスト（Terraform の container_definitions）',
  ),
  'target-tracking-configuration': targetTrackingConfigurationSchema,
  'step-scaling-configuration': stepScalingConfigurationSchema,
  'capacity-provider-strategy': arrayOf(
    strategyItem,
    'The file for --capacity-provider-strategy: a list of strategy items.',
    '--capacity-provider-strategy に渡すファイル（戦略の項目のリスト）',
  ),
  'deployment-configuration': deploymentConfiguration,
  'network-configuration': networkConfiguration,
  'service-connect-configuration': serviceConnectConfiguration,
};

/** The `$id` of a kind's schema (Monaco matches files to schemas by it). */
export function schemaId(kind: string): string {
  return `https://ecs-dojo.local/schemas/${kind}.schema.json`;
}
