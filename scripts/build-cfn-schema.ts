/**
 * Extracts a compact CloudFormation schema from the resource specification the AWS CDK uses
 * (`@aws-cdk/aws-service-spec`, db.json.gz) for the resource types the course uses:
 *   src/exercises/schemas/generated/cfn-types.json   property names, types, enums, required flags
 *                                                    and attribute names (the grader ships it;
 *                                                    required names marked with `!`, see cfn-types.ts)
 *   src/exercises/schemas/generated/cfn-docs-en.json English property docs, trimmed (editor only)
 * Run: node scripts/build-cfn-schema.ts   (a unit test fails when the output is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import {
  encodeCfnTypes,
  type CfnDocs,
  type CfnShape,
  type CfnType,
  type CfnTypes,
} from '../src/exercises/schemas/cfn-types.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Whole services the course uses, and single resource types from other services. AWS::EC2::LaunchTemplate
 * is left out: no lesson, exercise or corpus file uses it, and its schema alone would cost 1 KB of
 * every CloudFormation exercise page's JavaScript (a template with it gets no spec checks for it).
 */
const SERVICES = [
  'AWS::ECS::',
  'AWS::ApplicationAutoScaling::',
  'AWS::ElasticLoadBalancingV2::',
  'AWS::ServiceDiscovery::',
];
const SINGLE = [
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::InstanceProfile',
  'AWS::Logs::LogGroup',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::VPC',
  'AWS::EC2::Subnet',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::RouteTable',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::NatGateway',
  'AWS::EC2::EIP',
  'AWS::EC2::VPCEndpoint',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::SecretsManager::Secret',
  'AWS::SSM::Parameter',
  'AWS::ECR::Repository',
  'AWS::CloudWatch::Alarm',
  'AWS::EFS::FileSystem',
  'AWS::EFS::MountTarget',
  'AWS::EFS::AccessPoint',
  'AWS::Events::Rule',
  'AWS::CodeDeploy::Application',
  'AWS::CodeDeploy::DeploymentGroup',
  'AWS::KMS::Key',
  'AWS::SNS::Topic',
];

/**
 * Enum values AWS's ECS API model has and the CloudFormation spec does not (yet). CloudFormation hands
 * these properties to the ECS API, so a template using one must not get an error unless AWS documents
 * that it refuses the value. Each entry is checked against the spec when the schema is built: once the
 * spec lists a value, the build fails and the entry must go. The test
 * src/exercises/schemas/model-check/cfn-sdk-enums.test.ts compares every enum of the ECS and
 * Application Auto Scaling resource types with the SDK models, and lists the one API value left out
 * on purpose: `AWS::ECS::Service.LaunchType: MANAGED_INSTANCES`, which the API reference refuses
 * ("If you want to use Amazon ECS Managed Instances, you must use the capacityProviderStrategy request
 * parameter and omit the launchType request parameter",
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html).
 */
export const ENUM_OVERLAY: readonly {
  /** `AWS::X::Y.Prop` or `AWS::X::Y/TypeName.Prop`. */
  readonly at: string;
  readonly add: readonly string[];
  readonly reason: string;
}[] = [
  {
    at: 'AWS::ECS::Service.PropagateTags',
    add: ['NONE'],
    reason:
      'CreateService documents NONE as the default of propagateTags (ECS API model, @aws-sdk/client-ecs); ' +
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  },
  {
    at: 'AWS::ECS::Service/EBSTagSpecification.PropagateTags',
    add: ['NONE'],
    reason:
      'the PropagateTags enum of EBSTagSpecification in the ECS API model (@aws-sdk/client-ecs); ' +
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EBSTagSpecification.html',
  },
  {
    at: 'AWS::ECS::TaskSet.LaunchType',
    add: ['EXTERNAL', 'MANAGED_INSTANCES'],
    reason:
      'the LaunchType enum of CreateTaskSet in the ECS API model (@aws-sdk/client-ecs); AWS documents no ' +
      'refusal of these values for task sets (our assumption: accepted, so no error); ' +
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateTaskSet.html',
  },
];

/** Adds the overlay's values to the enums they name; throws when a target is gone or already has a value. */
export function applyEnumOverlay(types: CfnTypes, overlay: typeof ENUM_OVERLAY = ENUM_OVERLAY): void {
  for (const { at, add } of overlay) {
    const m = /^(AWS::[^./]+::[^./]+)(?:\/([^.]+))?\.(\w+)$/.exec(at);
    const res = m?.[1] ? types.resources[m[1]] : undefined;
    const shape = m?.[2] ? res?.t?.[m[2]] : res;
    const current = m?.[3] ? shape?.p[m[3]] : undefined;
    if (!m?.[3] || !shape || typeof current !== 'object' || !('e' in current))
      throw new Error(`enum overlay: ${at} is not an enum in the spec`);
    const known = add.filter((v) => current.e.includes(v));
    if (known.length > 0)
      throw new Error(
        `enum overlay: the spec now lists ${known.join(', ')} at ${at}; remove it from ENUM_OVERLAY`,
      );
    (shape.p as Record<string, CfnType>)[m[3]] = { e: [...current.e, ...add] };
  }
}

interface SpecType {
  type: string;
  element?: SpecType;
  types?: SpecType[];
  allowedValues?: string[];
  reference?: { $ref: string };
}
interface SpecProperty {
  type: SpecType;
  previousTypes?: SpecType[];
  required?: boolean;
  documentation?: string;
  deprecated?: unknown;
}
interface SpecResource {
  $id: string;
  cloudFormationType: string;
  properties: Record<string, SpecProperty>;
  attributes: Record<string, unknown>;
}
interface SpecTypeDef {
  $id: string;
  name: string;
  documentation?: string;
  properties: Record<string, SpecProperty>;
}
interface SpecDb {
  schema: {
    resource: { entities: Record<string, SpecResource> };
    typeDefinition: { entities: Record<string, SpecTypeDef> };
  };
}

const PRIMITIVE: Record<string, CfnType> = {
  string: 's',
  integer: 'i',
  number: 'n',
  boolean: 'b',
  json: 'j',
  'date-time': 'd',
  tag: 't',
};

/** One line of plain text from the spec's Markdown: first sentence(s) up to ~240 characters. */
export function trimDoc(md: string | undefined): string {
  if (!md) return '';
  let text =
    md
      .split(/\n\s*\n/)[0]
      ?.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/[`*]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s+([.,;:])/g, '$1')
      .trim() ?? '';
  if (text.length > 240) {
    const cut = text.slice(0, 240);
    const stop = cut.lastIndexOf('. ');
    text = stop > 80 ? cut.slice(0, stop + 1) : cut.replace(/\s+\S*$/, '') + '…';
  }
  return text;
}

/** Builds the compact files from a parsed spec database. */
export function compactSpec(db: SpecDb, version: string): { types: CfnTypes; docs: CfnDocs } {
  const typeDefs = new Map(Object.values(db.schema.typeDefinition.entities).map((t) => [t.$id, t]));
  const wanted = Object.values(db.schema.resource.entities)
    .filter(
      (r) =>
        SERVICES.some((s) => r.cloudFormationType.startsWith(s)) || SINGLE.includes(r.cloudFormationType),
    )
    .sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType));
  const missing = SINGLE.filter((t) => !wanted.some((r) => r.cloudFormationType === t));
  if (missing.length > 0) throw new Error(`not in the spec: ${missing.join(', ')}`);
  const types: CfnTypes = {
    source: `@aws-cdk/aws-service-spec ${version}`,
    services: SERVICES.map((s) => s.slice(0, -2)),
    resources: {},
  };
  const docs: CfnDocs = {};
  for (const res of wanted) {
    const names = new Map<string, string>();
    const local: Record<string, { p: Record<string, CfnType>; r?: string[] }> = {};
    const pending: string[] = [];
    const nameOf = (id: string): string | undefined => {
      const known = names.get(id);
      if (known) return known;
      const def = typeDefs.get(id);
      if (!def) return undefined;
      let name = def.name;
      for (let n = 2; [...names.values()].includes(name); n++) name = `${def.name}${n}`;
      names.set(id, name);
      pending.push(id);
      return name;
    };
    const convert = (t: SpecType): CfnType => {
      if (t.type === 'string' && t.allowedValues && t.allowedValues.length > 0)
        return { e: [...t.allowedValues] };
      const prim = PRIMITIVE[t.type];
      if (prim) return prim;
      if (t.type === 'array' && t.element) return { l: convert(t.element) };
      if (t.type === 'map' && t.element) return { m: convert(t.element) };
      if (t.type === 'ref' && t.reference) {
        const name = nameOf(t.reference.$ref);
        if (name === undefined) throw new Error(`${res.cloudFormationType}: no type ${t.reference.$ref}`);
        return `@${name}`;
      }
      if (t.type === 'union' && t.types) return { u: t.types.map(convert) };
      throw new Error(`${res.cloudFormationType}: unknown type ${JSON.stringify(t)}`);
    };
    const propType = (p: SpecProperty): CfnType => {
      const now = convert(p.type);
      const before = (p.previousTypes ?? []).map(convert);
      const all = [now, ...before].filter(
        (t, i, list) => list.findIndex((o) => JSON.stringify(o) === JSON.stringify(t)) === i,
      );
      return all.length === 1 ? now : { u: all };
    };
    const props = (
      src: Record<string, SpecProperty>,
      docKey: string,
    ): { p: Record<string, CfnType>; r?: string[] } => {
      const p: Record<string, CfnType> = {};
      const r: string[] = [];
      for (const name of Object.keys(src).sort()) {
        const prop = src[name] as SpecProperty;
        p[name] = propType(prop);
        if (prop.required) r.push(name);
        const doc = trimDoc(prop.documentation);
        if (doc) docs[`${docKey}.${name}`] = doc;
      }
      return r.length > 0 ? { p, r } : { p };
    };
    const top = props(res.properties, res.cloudFormationType);
    while (pending.length > 0) {
      const id = pending.shift() as string;
      const def = typeDefs.get(id) as SpecTypeDef;
      const name = names.get(id) as string;
      local[name] = props(def.properties, `${res.cloudFormationType}/${name}`);
    }
    const t = Object.fromEntries(
      Object.keys(local)
        .sort()
        .map((k) => [k, local[k] as CfnShape]),
    );
    types.resources[res.cloudFormationType] = {
      ...top,
      a: Object.keys(res.attributes).sort(),
      ...(Object.keys(t).length > 0 ? { t } : {}),
    };
  }
  applyEnumOverlay(types);
  return { types, docs };
}

/** Returns every generated file as path → content (paths relative to the repository root). */
export async function buildCfnSchemaFiles(): Promise<Record<string, string>> {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve('@aws-cdk/aws-service-spec/package.json');
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  const db = JSON.parse(
    gunzipSync(readFileSync(join(dirname(pkgJson), 'db.json.gz'))).toString('utf8'),
  ) as SpecDb;
  const { types, docs } = compactSpec(db, version);
  const config = { ...((await prettier.resolveConfig(join(root, 'package.json'))) ?? {}), parser: 'json' };
  return {
    'src/exercises/schemas/generated/cfn-types.json': await prettier.format(
      JSON.stringify(encodeCfnTypes(types)),
      config,
    ),
    'src/exercises/schemas/generated/cfn-docs-en.json': await prettier.format(JSON.stringify(docs), config),
  };
}

async function main(): Promise<void> {
  for (const [rel, content] of Object.entries(await buildCfnSchemaFiles())) {
    writeFileSync(join(root, rel), content);
    console.log(`wrote ${rel} (${(content.length / 1024).toFixed(1)} KB)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
