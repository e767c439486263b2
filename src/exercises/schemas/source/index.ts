/** All JSON Schemas, by input kind. The build writes them to `../json/` and compiles validators. */
import { cfnSchema, iamPolicySchema } from './iam-cfn.ts';
import { scalingPolicySchema, scalingTargetSchema, scheduledActionSchema } from './scaling.ts';
import { serviceSchema } from './service.ts';
import { taskdefSchema } from './taskdef.ts';
import type { Schema } from './helpers.ts';

export const SCHEMAS: Readonly<Record<string, Schema>> = {
  taskdef: taskdefSchema,
  service: serviceSchema,
  'scaling-target': scalingTargetSchema,
  'scaling-policy': scalingPolicySchema,
  'scheduled-action': scheduledActionSchema,
  'iam-policy': iamPolicySchema,
  cfn: cfnSchema,
};

/** The `$id` of a kind's schema (Monaco matches files to schemas by it). */
export function schemaId(kind: string): string {
  return `https://ecs-dojo.local/schemas/${kind}.schema.json`;
}
