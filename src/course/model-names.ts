/**
 * Looks names up in AWS's machine-readable models: a member path in an SDK shape (the API), and a
 * property path in a CloudFormation resource (the registry schema in `@aws-cdk/aws-service-spec`).
 * Lists are walked through, so `containerDefinitions.secrets.valueFrom` names a field of each item.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isRecord } from '../util/is-record.ts';

const STRUCTURE = 3;
const LIST = 1;
const MAP = 2;

function resolve(value: unknown): unknown {
  let current = value;
  for (let i = 0; i < 4 && typeof current === 'function'; i += 1) current = (current as () => unknown)();
  return current;
}

/** A member schema, possibly written with its traits as `[schema, traits]`. */
function withoutTraits(value: unknown): unknown {
  return resolve(Array.isArray(value) && typeof value[0] === 'function' ? value[0] : value);
}

/** Unwraps lists and maps down to the schema of their items. */
function itemSchema(value: unknown): unknown {
  let schema = withoutTraits(value);
  while (Array.isArray(schema) && (schema[0] === LIST || schema[0] === MAP)) {
    schema = withoutTraits(schema[0] === LIST ? schema[4] : schema[5]);
  }
  return schema;
}

/** True when `path` (dotted member names) exists in the SDK shape exported as `${shape}$`. */
export function sdkPathExists(sdk: Record<string, unknown>, shape: string, path: string): boolean {
  let schema: unknown = resolve(sdk[`${shape}$`]);
  if (!Array.isArray(schema) || schema[0] !== STRUCTURE) return false;
  for (const name of path.split('.').filter(Boolean)) {
    if (!Array.isArray(schema) || schema[0] !== STRUCTURE) return false;
    const names = schema[4] as unknown[];
    const index = names.indexOf(name);
    if (index < 0) return false;
    schema = itemSchema((schema[5] as unknown[])[index]);
  }
  return true;
}

/** The CloudFormation registry, as stored by `@aws-cdk/aws-service-spec`. */
export interface CfnSpec {
  resources: Map<string, Record<string, unknown>>;
  types: Map<string, Record<string, unknown>>;
}

function entities(table: unknown): Record<string, unknown>[] {
  const list: unknown = isRecord(table) ? table['entities'] : undefined;
  if (Array.isArray(list)) return list.filter(isRecord);
  return isRecord(list) ? Object.values(list).filter(isRecord) : [];
}

/** Reads the gzipped database of `@aws-cdk/aws-service-spec` (resources and their property types). */
export function loadCfnSpec(file: string): CfnSpec {
  const db: unknown = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  const schema = isRecord(db) ? db['schema'] : undefined;
  const tables = isRecord(schema) ? schema : {};
  const resources = new Map<string, Record<string, unknown>>();
  for (const resource of entities(tables['resource'])) {
    if (typeof resource['cloudFormationType'] === 'string')
      resources.set(resource['cloudFormationType'], resource);
  }
  const types = new Map<string, Record<string, unknown>>();
  for (const type of entities(tables['typeDefinition'])) {
    if (typeof type['$id'] === 'string') types.set(type['$id'], type);
  }
  return { resources, types };
}

function referencedType(spec: CfnSpec, type: unknown): Record<string, unknown> | undefined {
  let current = type;
  while (isRecord(current) && (current['type'] === 'array' || current['type'] === 'map'))
    current = current['element'];
  if (!isRecord(current) || current['type'] !== 'ref') return undefined;
  const reference = current['reference'];
  const id = isRecord(reference) ? reference['$ref'] : undefined;
  return typeof id === 'string' ? spec.types.get(id) : undefined;
}

function memberType(spec: CfnSpec, type: unknown): Record<string, unknown> | undefined {
  const direct = referencedType(spec, type);
  if (direct) return direct;
  // A union of types (`{ type: 'union', types: [...] }`): walk into the first one that has members.
  const union = isRecord(type) && Array.isArray(type['types']) ? (type['types'] as unknown[]) : [];
  return union.map((member) => referencedType(spec, member)).find((member) => member !== undefined);
}

/** True when `path` (dotted property names) exists in the CloudFormation resource type. */
export function cfnPathExists(spec: CfnSpec, resourceType: string, path: string): boolean {
  let owner: Record<string, unknown> | undefined = spec.resources.get(resourceType);
  for (const name of path.split('.').filter(Boolean)) {
    const properties = owner?.['properties'];
    const property = isRecord(properties) ? properties[name] : undefined;
    if (!isRecord(property)) return false;
    owner = memberType(spec, property['type']);
  }
  return spec.resources.has(resourceType);
}
