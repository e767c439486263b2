/**
 * Compares one of our JSON Schemas with an AWS SDK input shape, member by member: names, value
 * types, enum values and required flags, recursively through nested structures, lists and maps.
 */
import type { SdkModel, SdkShape, SdkStructure } from './sdk-shapes.ts';

type Schema = Readonly<Record<string, unknown>>;

/** What disagrees at one place. */
export type DiffKind =
  | 'missing-member'
  | 'unknown-member'
  | 'type'
  | 'enum'
  | 'required'
  | 'not-required'
  | 'not-modelled'
  | 'open-object';

/** One disagreement between our schema and the SDK model. */
export interface ModelDiff {
  /** Dotted member path, `[]` for list items and `{}` for map values, e.g. `containerDefinitions[].name`. */
  readonly path: string;
  readonly kind: DiffKind;
  readonly detail: string;
}

/** A reviewed, explained difference that the comparison accepts. */
export interface AllowedDiff {
  readonly path: string;
  readonly kind: DiffKind;
  readonly reason: string;
}

const MAX_DEPTH = 16;

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function join(path: string, member: string): string {
  return path === '' ? member : `${path}.${member}`;
}

function schemaType(s: Schema): string {
  return typeof s['type'] === 'string' ? s['type'] : 'any';
}

function shapeLabel(shape: SdkShape): string {
  return shape.kind === 'structure' || shape.kind === 'union' ? `${shape.kind} ${shape.name}` : shape.kind;
}

function compareStructure(
  schema: Schema,
  st: SdkStructure,
  model: SdkModel,
  path: string,
  depth: number,
  out: ModelDiff[],
): void {
  const props = schema['properties'];
  if (!isSchema(props)) {
    out.push({
      path,
      kind: 'not-modelled',
      detail: `an object without members; the SDK's ${st.name} has ${[...st.members.keys()].join(', ')}`,
    });
    return;
  }
  if (schema['additionalProperties'] !== false)
    out.push({ path, kind: 'open-object', detail: `unknown members of ${st.name} are not rejected` });
  for (const [name, shape] of st.members) {
    const sub = props[name];
    if (!isSchema(sub)) {
      out.push({ path: join(path, name), kind: 'missing-member', detail: `SDK has ${shapeLabel(shape)}` });
      continue;
    }
    compareShape(sub, shape, model, join(path, name), depth + 1, out);
  }
  for (const name of Object.keys(props)) {
    if (!st.members.has(name))
      out.push({ path: join(path, name), kind: 'unknown-member', detail: `not a member of ${st.name}` });
  }
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  for (const name of st.required)
    if (!required.has(name))
      out.push({ path: join(path, name), kind: 'not-required', detail: `required in ${st.name}` });
  for (const name of required)
    if (!st.required.has(name) && st.members.has(name))
      out.push({ path: join(path, name), kind: 'required', detail: `optional in ${st.name}` });
}

function compareShape(
  schema: Schema,
  shape: SdkShape,
  model: SdkModel,
  path: string,
  depth: number,
  out: ModelDiff[],
): void {
  if (depth > MAX_DEPTH) return;
  const type = schemaType(schema);
  const mismatch = (want: string): void =>
    void out.push({ path, kind: 'type', detail: `ours is ${type}, the SDK's is ${want}` });
  switch (shape.kind) {
    case 'string': {
      if (type !== 'string') return mismatch('string');
      const ours = Array.isArray(schema['enum']) ? (schema['enum'] as string[]) : undefined;
      if (shape.enum) {
        if (!ours) {
          out.push({ path, kind: 'enum', detail: `the SDK allows only ${shape.enum.join(', ')}` });
          return;
        }
        const missing = shape.enum.filter((v) => !ours.includes(v));
        const extra = ours.filter((v) => !shape.enum?.includes(v));
        if (missing.length > 0 || extra.length > 0)
          out.push({
            path,
            kind: 'enum',
            detail: [
              missing.length > 0 ? `missing ${missing.join(', ')}` : '',
              extra.length > 0 ? `not in the SDK: ${extra.join(', ')}` : '',
            ]
              .filter(Boolean)
              .join('; '),
          });
      } else if (ours) {
        out.push({ path, kind: 'enum', detail: `ours allows only ${ours.join(', ')}; the SDK has no enum` });
      }
      return;
    }
    case 'number':
      if (type !== 'integer' && type !== 'number') mismatch('number');
      return;
    case 'boolean':
      if (type !== 'boolean') mismatch('boolean');
      return;
    case 'timestamp':
      if (type !== 'string' && type !== 'number') mismatch('timestamp (ISO 8601 string or epoch seconds)');
      return;
    case 'document':
      return;
    case 'list': {
      if (type !== 'array') return mismatch('list');
      const items = schema['items'];
      if (isSchema(items)) compareShape(items, shape.member, model, `${path}[]`, depth + 1, out);
      else out.push({ path: `${path}[]`, kind: 'not-modelled', detail: 'list items have no schema' });
      return;
    }
    case 'map': {
      if (type !== 'object') return mismatch('map');
      const values = schema['additionalProperties'];
      if (isSchema(values)) compareShape(values, shape.value, model, `${path}{}`, depth + 1, out);
      else out.push({ path: `${path}{}`, kind: 'not-modelled', detail: 'map values have no schema' });
      return;
    }
    case 'union':
    case 'structure': {
      if (type !== 'object') return mismatch(shapeLabel(shape));
      const st = model.structures.get(shape.name);
      if (shape.kind === 'structure' && st) compareStructure(schema, st, model, path, depth, out);
      return;
    }
  }
}

/** Compares a schema with a top-level SDK structure; returns every disagreement. */
export function compareWithModel(schema: Schema, structure: SdkStructure, model: SdkModel): ModelDiff[] {
  const out: ModelDiff[] = [];
  compareStructure(schema, structure, model, '', 0, out);
  return out;
}

/** Members of several structures as one (members of any, required in all): create + update inputs. */
export function mergeStructures(name: string, parts: readonly SdkStructure[]): SdkStructure {
  const members = new Map<string, SdkShape>();
  for (const p of parts) for (const [k, v] of p.members) if (!members.has(k)) members.set(k, v);
  const required = new Set([...members.keys()].filter((k) => parts.every((p) => p.required.has(k))));
  return { name, members, required };
}

/** Diffs not on the allow-list, plus allow-list entries that no longer match anything (stale). */
export function unexplained(
  diffs: readonly ModelDiff[],
  allowed: readonly AllowedDiff[],
): { readonly diffs: ModelDiff[]; readonly stale: AllowedDiff[] } {
  const key = (d: { path: string; kind: DiffKind }): string => `${d.kind} ${d.path}`;
  const allowedKeys = new Set(allowed.map(key));
  const seen = new Set(diffs.map(key));
  return {
    diffs: diffs.filter((d) => !allowedKeys.has(key(d))),
    stale: allowed.filter((a) => !seen.has(key(a))),
  };
}

/** A readable report of diffs, one line each. */
export function formatDiffs(title: string, diffs: readonly ModelDiff[]): string {
  if (diffs.length === 0) return `${title}: no differences`;
  return [
    `${title}: ${diffs.length} difference(s) from the AWS SDK model`,
    ...diffs.map((d) => `  ${d.kind.padEnd(15)} ${d.path || '(top level)'} — ${d.detail}`),
  ].join('\n');
}
