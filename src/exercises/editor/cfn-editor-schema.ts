/**
 * The JSON Schema Monaco uses for CloudFormation templates: the template's sections, and for each
 * resource type the course uses its properties (from the compact CloudFormation schema) with the
 * specification's English docs, or our Japanese text where the API schemas have it. It only offers
 * completion and hovers: it constrains no value, because intrinsic functions (`!Ref`, `Fn::If`…)
 * may stand anywhere and the grader reports the real problems.
 */
import CFN_DOCS from '../schemas/generated/cfn-docs-en.json' with { type: 'json' };
import type { CfnResourceSpec, CfnShape, CfnType } from '../schemas/cfn-types.ts';
import { CFN_SPEC } from '../grader/rules/cfn-spec/spec.ts';
import type { Lang } from '../grader/index.ts';
import { codeSpansToMarkdown } from '../../ui/code-spans.ts';

type Schema = Record<string, unknown>;

const DOCS = CFN_DOCS as Readonly<Record<string, string>>;

/** Our API schemas whose members have CloudFormation counterparts (camelCase → PascalCase). */
const API_FOR: Readonly<Record<string, string>> = {
  'AWS::ECS::TaskDefinition': 'taskdef',
  'AWS::ECS::Service': 'service',
  'AWS::ApplicationAutoScaling::ScalableTarget': 'scaling-target',
  'AWS::ApplicationAutoScaling::ScalingPolicy': 'scaling-policy',
};

/** CloudFormation names that are not the API member's name with a capital letter. */
const API_NAME: Readonly<Record<string, string>> = { PlacementStrategies: 'placementStrategy' };

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Japanese descriptions by doc key, found by walking a CloudFormation shape beside our API schema. */
export function japaneseDocs(apiSchemas: Readonly<Record<string, unknown>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [type, kind] of Object.entries(API_FOR)) {
    const res = CFN_SPEC.resources[type];
    const api = apiSchemas[kind];
    if (res && isSchema(api)) walk(res, res, type, api, out, new Set());
  }
  return out;
}

function walk(
  res: CfnResourceSpec,
  shape: CfnShape,
  docKey: string,
  api: Schema,
  out: Map<string, string>,
  seen: Set<string>,
): void {
  const props = api['properties'];
  if (!isSchema(props) || seen.has(docKey)) return;
  seen.add(docKey);
  for (const [name, t] of Object.entries(shape.p)) {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const member = props[API_NAME[name] ?? lower] ?? props[name];
    if (!isSchema(member)) continue;
    const ja = member['x-description-ja'];
    if (typeof ja === 'string') out.set(`${docKey}.${name}`, ja);
    let inner: CfnType = t;
    let sub: unknown = member;
    if (typeof inner === 'object' && 'l' in inner) {
      inner = inner.l;
      sub = member['items'];
    }
    if (typeof inner === 'string' && inner.startsWith('@') && isSchema(sub)) {
      const typeName = inner.slice(1);
      const nested = res.t?.[typeName];
      if (nested) walk(res, nested, `${docKeyOf(docKey)}/${typeName}`, sub, out, seen);
    }
  }
}

/** The resource part of a doc key: `AWS::ECS::Service/LoadBalancer` → `AWS::ECS::Service`. */
function docKeyOf(key: string): string {
  return key.split('/')[0] ?? key;
}

/** A definitions key without `::` (safe in a `$ref` fragment): `AWS_ECS_Service.LoadBalancer`. */
export function definitionKey(resourceType: string, typeName?: string): string {
  const base = resourceType.replaceAll('::', '_');
  return typeName === undefined ? base : `${base}.${typeName}`;
}

function valueSchema(t: CfnType, resourceType: string): Schema {
  if (t === 'b') return { examples: [true, false] };
  if (t === 't') return { properties: { Key: {}, Value: {} } };
  if (typeof t === 'string') {
    return t.startsWith('@') ? { $ref: `#/definitions/${definitionKey(resourceType, t.slice(1))}` } : {};
  }
  if ('e' in t) return { examples: [...t.e] };
  if ('l' in t) return { items: valueSchema(t.l, resourceType) };
  if ('m' in t) return { additionalProperties: valueSchema(t.m, resourceType) };
  return { anyOf: t.u.map((u) => valueSchema(u, resourceType)) };
}

function shapeSchema(
  shape: CfnShape,
  resourceType: string,
  docKey: string,
  ja: ReadonlyMap<string, string>,
  lang: Lang,
): Schema {
  const properties: Record<string, Schema> = {};
  for (const [name, t] of Object.entries(shape.p)) {
    const key = `${docKey}.${name}`;
    const description = (lang === 'ja' ? ja.get(key) : undefined) ?? DOCS[key];
    const required = shape.r?.includes(name) ? (lang === 'ja' ? '（必須）' : ' (required)') : '';
    const text = description ? description + required : required.trim();
    properties[name] = {
      ...valueSchema(t, resourceType),
      // Hovers show `markdownDescription` where a schema has one (code spans as code).
      ...(text ? { description: text, markdownDescription: codeSpansToMarkdown(text) } : {}),
    };
  }
  return { properties };
}

/**
 * The editor's CloudFormation schema: `base` (the template sections) with, for each resource type of
 * the compact schema, completion and hovers for its properties (selected by `Type` with if/then).
 */
export function cfnEditorSchema(
  base: unknown,
  apiSchemas: Readonly<Record<string, unknown>>,
  lang: Lang,
): Schema {
  const ja = japaneseDocs(apiSchemas);
  const definitions: Record<string, Schema> = {};
  const branches: Schema[] = [];
  const types = Object.keys(CFN_SPEC.resources);
  for (const type of types) {
    const res = CFN_SPEC.resources[type] as CfnResourceSpec;
    definitions[definitionKey(type)] = shapeSchema(res, type, type, ja, lang);
    for (const [name, shape] of Object.entries(res.t ?? {}))
      definitions[definitionKey(type, name)] = shapeSchema(shape, type, `${type}/${name}`, ja, lang);
    branches.push({
      if: { properties: { Type: { const: type } }, required: ['Type'] },
      then: { properties: { Properties: { $ref: `#/definitions/${definitionKey(type)}` } } },
    });
  }
  const root = isSchema(base) ? structuredClone(base) : {};
  const sections = isSchema(root['properties']) ? root['properties'] : {};
  const resources = isSchema(sections['Resources']) ? sections['Resources'] : {};
  const entry = isSchema(resources['additionalProperties']) ? resources['additionalProperties'] : {};
  const entryProps = isSchema(entry['properties']) ? entry['properties'] : {};
  const typeSchema = isSchema(entryProps['Type']) ? entryProps['Type'] : {};
  entryProps['Type'] = { ...typeSchema, examples: types };
  entry['properties'] = entryProps;
  entry['allOf'] = branches;
  resources['additionalProperties'] = entry;
  sections['Resources'] = resources;
  root['properties'] = sections;
  root['definitions'] = definitions;
  return root;
}
