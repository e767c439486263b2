/**
 * All JSON Schemas, by input kind. The build writes them to `../json/` and compiles validators.
 * Files for a single CLI flag and Terraform container lists have no schema of their own: they are
 * one part of a kind below, and the grader validates them as that part (rules/schema.ts).
 */
import { cfnSchema, iamPolicySchema } from './iam-cfn.ts';
import type { Schema } from './helpers.ts';
import { runTaskSchema } from './run-task.ts';
import { scalingPolicySchema, scalingTargetSchema, scheduledActionSchema } from './scaling.ts';
import { serviceSchema } from './service.ts';
import { taskdefSchema } from './taskdef.ts';

export const SCHEMAS: Readonly<Record<string, Schema>> = {
  taskdef: taskdefSchema,
  service: serviceSchema,
  'scaling-target': scalingTargetSchema,
  'scaling-policy': scalingPolicySchema,
  'scheduled-action': scheduledActionSchema,
  'iam-policy': iamPolicySchema,
  cfn: cfnSchema,
  'run-task': runTaskSchema,
};

/** The `$id` of a kind's schema (Monaco matches files to schemas by it). */
export function schemaId(kind: string): string {
  return `https://ecs-dojo.local/schemas/${kind}.schema.json`;
}
