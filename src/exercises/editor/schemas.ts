/**
 * The JSON Schemas the editor uses for completion, hovers and validation, inlined (no fetch). For
 * the Japanese site each `x-description-ja` replaces the English `description` Monaco shows.
 */
import cfn from '../schemas/json/cfn.schema.json';
import iamPolicy from '../schemas/json/iam-policy.schema.json';
import scalingPolicy from '../schemas/json/scaling-policy.schema.json';
import scalingTarget from '../schemas/json/scaling-target.schema.json';
import scheduledAction from '../schemas/json/scheduled-action.schema.json';
import service from '../schemas/json/service.schema.json';
import taskdef from '../schemas/json/taskdef.schema.json';
import type { Kind, Lang } from '../grader/index.ts';
import { codeSpansToMarkdown } from '../../ui/code-spans.ts';

const SCHEMAS: Readonly<Record<Kind, unknown>> = {
  taskdef,
  service,
  'scaling-target': scalingTarget,
  'scaling-policy': scalingPolicy,
  'scheduled-action': scheduledAction,
  cfn,
  'iam-policy': iamPolicy,
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
  return {
    uri: `https://ecs-dojo.local/schemas/${kind}.schema.json`,
    schema: localizeSchema(SCHEMAS[kind], lang),
  };
}
