/**
 * The JSON Schemas the editor uses for completion, hovers and validation, inlined (no fetch). For
 * the Japanese site each `x-description-ja` replaces the English `description` Monaco shows.
 */
import cfn from '../schemas/json/cfn.schema.json';
import iamPolicy from '../schemas/json/iam-policy.schema.json';
import runTask from '../schemas/json/run-task.schema.json';
import scalingPolicy from '../schemas/json/scaling-policy.schema.json';
import scalingTarget from '../schemas/json/scaling-target.schema.json';
import scheduledAction from '../schemas/json/scheduled-action.schema.json';
import service from '../schemas/json/service.schema.json';
import taskdef from '../schemas/json/taskdef.schema.json';
import type { Kind, Lang } from '../grader/index.ts';
import { cfnEditorSchema } from './cfn-editor-schema.ts';

/** One property of a kind's schema: the schema of a file for a single CLI flag. */
function part(schema: { properties: Record<string, unknown> }, key: string): unknown {
  return schema.properties[key];
}
import { codeSpansToMarkdown } from '../../ui/code-spans.ts';

const SCHEMAS: Readonly<Record<Kind, unknown>> = {
  taskdef,
  service,
  'scaling-target': scalingTarget,
  'scaling-policy': scalingPolicy,
  'scheduled-action': scheduledAction,
  cfn,
  'iam-policy': iamPolicy,
  'run-task': runTask,
  'container-definitions': part(taskdef, 'containerDefinitions'),
  'target-tracking-configuration': part(scalingPolicy, 'TargetTrackingScalingPolicyConfiguration'),
  'step-scaling-configuration': part(scalingPolicy, 'StepScalingPolicyConfiguration'),
  'capacity-provider-strategy': part(service, 'capacityProviderStrategy'),
  'deployment-configuration': part(service, 'deploymentConfiguration'),
  'network-configuration': part(service, 'networkConfiguration'),
  'service-connect-configuration': part(service, 'serviceConnectConfiguration'),
};

/** A copy of a schema with descriptions in the language of the page (code spans shown as code). */
export function localizeSchema(schema: unknown, lang: Lang): unknown {
  if (Array.isArray(schema)) return schema.map((item) => localizeSchema(item, lang));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = localizeSchema(value, lang);
  const ja = out['x-description-ja'];
  if (lang === 'ja' && typeof ja === 'string') out['description'] = ja;
  // Hovers render `markdownDescription` as Markdown: only the description's code spans count.
  const description = out['description'];
  if (typeof description === 'string') out['markdownDescription'] = codeSpansToMarkdown(description);
  return out;
}

/** The schema for a grader kind, with its id, in the page's language. */
export function schemaFor(kind: Kind, lang: Lang): { uri: string; schema: unknown } {
  const schema = localizeSchema(SCHEMAS[kind], lang);
  return {
    uri: `https://ecs-dojo.local/schemas/${kind}.schema.json`,
    schema: kind === 'cfn' ? cfnEditorSchema(schema, SCHEMAS, lang) : schema,
  };
}
