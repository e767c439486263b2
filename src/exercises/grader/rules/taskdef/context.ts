/** What the task definition rules share: the launch type, network mode and containers. */
import {
  arr,
  get,
  intrinsicArg,
  intrinsicName,
  isIntrinsic,
  isObj,
  ptr,
  str,
  type Obj,
} from '../../value.ts';
import { parseTaskCpu, parseTaskMemory } from '../../../../aws/index.ts';
import type { Reporter } from '../report.ts';

export interface ContainerRef {
  readonly c: Obj;
  readonly i: number;
  /** Pointer of the container, relative to the task definition. */
  readonly p: string;
  readonly name: string | undefined;
}

export interface TdCtx {
  readonly td: Obj;
  readonly r: Reporter;
  /** True for CloudFormation input (numbers may be strings; values may be intrinsics). */
  readonly cfn: boolean;
  /** Certainly Fargate: requiresCompatibilities lists FARGATE on every path. */
  readonly fargate: boolean;
  /** Certainly not Fargate: requiresCompatibilities is known and never lists FARGATE. */
  readonly notFargate: boolean;
  /**
   * Only the containers are known (a Terraform-rendered `container_definitions` file): the task's
   * launch type, network mode and memory live elsewhere, so rules that need them stay silent.
   */
  readonly partial: boolean;
  readonly windows: boolean;
  /** Effective network mode: explicit, else bridge (not known for Fargate). */
  readonly networkMode: string | undefined;
  readonly containers: readonly ContainerRef[];
  /** Task cpu in units, when it parses. */
  readonly cpu: number | undefined;
  /** Task memory in MiB, when it parses. */
  readonly memory: number | undefined;
}

/** What a per-container hook passes: the task and one of its containers. */
export interface ContainerCtx {
  readonly ctx: TdCtx;
  readonly x: ContainerRef;
}

/** What the dependsOn hook passes: the task, one dependsOn entry and its pointer. */
export interface DependsOnCtx {
  readonly ctx: TdCtx;
  readonly dep: unknown;
  readonly dp: string;
}

/**
 * The hooks the task definition runner dispatches, in the order it reaches them, with what each
 * passes to a rule's check: task hooks get the task, container hooks each container in turn.
 */
export interface TaskdefHooks {
  /** Task cpu and memory. */
  readonly size: TdCtx;
  /** Each container's memory settings. */
  readonly containerSize: ContainerCtx;
  /** Sums over the containers, against the task size. */
  readonly sizeSums: TdCtx;
  /** The container list as a whole. */
  readonly containers: TdCtx;
  /** Each container's name and image. */
  readonly container: ContainerCtx;
  /** Each dependsOn entry of each container. */
  readonly dependsOn: DependsOnCtx;
  /** Each container's references to other containers (after its dependsOn entries). */
  readonly containerLinks: ContainerCtx;
  /** Each container that has a healthCheck object. */
  readonly healthCheck: ContainerCtx;
  /** The task's network mode. */
  readonly network: TdCtx;
  /** Each container's port mappings and network-dependent settings. */
  readonly containerNetwork: ContainerCtx;
  /** Task-level Fargate restrictions. */
  readonly fargate: TdCtx;
  /** The task's volumes. */
  readonly volumes: TdCtx;
  /** Each container's Fargate restrictions. */
  readonly fargateContainer: ContainerCtx;
  /** Each container's linuxParameters. */
  readonly linuxParameters: ContainerCtx;
  /** Each container's log configuration. */
  readonly logging: ContainerCtx;
  /** Task-level roles, secrets and platform. */
  readonly task: TdCtx;
  /** Each container's best practices. */
  readonly practice: ContainerCtx;
  /** The task's best practices. */
  readonly taskPractice: TdCtx;
  /** The whole RegisterTaskDefinition request: API input only, not templates or container lists. */
  readonly request: TdCtx;
}

/**
 * The values a CloudFormation value can take: a string, both branches of `Fn::If`, nothing for
 * `Ref AWS::NoValue`; undefined when it cannot be known before deployment (`Ref` to a parameter).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html
 */
export function alternatives(v: unknown, depth = 0): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (!isIntrinsic(v) || depth > 10) return undefined;
  const arg = intrinsicArg(v);
  if (intrinsicName(v) === 'Ref' && arg === 'AWS::NoValue') return [];
  if (intrinsicName(v) !== 'Fn::If' || !Array.isArray(arg) || arg.length !== 3) return undefined;
  const a = alternatives(arg[1], depth + 1);
  const b = alternatives(arg[2], depth + 1);
  return a && b ? [...a, ...b] : undefined;
}

type Launch = 'fargate' | 'not-fargate' | 'unknown';

/** Whether requiresCompatibilities certainly lists FARGATE, certainly does not, or cannot be told. */
export function launchOf(compat: unknown, depth = 0): Launch {
  if (compat === undefined) return 'not-fargate';
  if (isIntrinsic(compat)) {
    const arg = intrinsicArg(compat);
    if (intrinsicName(compat) !== 'Fn::If' || !Array.isArray(arg) || arg.length !== 3 || depth > 10)
      return 'unknown';
    const a = launchOf(arg[1], depth + 1);
    return a === launchOf(arg[2], depth + 1) ? a : 'unknown';
  }
  if (!Array.isArray(compat)) return 'unknown';
  let unknown = false;
  for (const item of compat) {
    const alts = alternatives(item);
    if (alts === undefined) unknown = true;
    else if (alts.length > 0 && alts.every((x) => x === 'FARGATE')) return 'fargate';
    else if (alts.includes('FARGATE')) unknown = true;
  }
  return unknown ? 'unknown' : 'not-fargate';
}

/** Builds the shared context of a (camelCase) task definition; `partial` for a list of containers only. */
export function taskDefContext(td: Obj, r: Reporter, cfn: boolean, partial = false): TdCtx {
  const launch: Launch = partial ? 'unknown' : launchOf(get(td, 'requiresCompatibilities'));
  const fargate = launch === 'fargate';
  const notFargate = launch === 'not-fargate';
  const os = str(get(get(td, 'runtimePlatform'), 'operatingSystemFamily')) ?? '';
  const explicitMode = get(td, 'networkMode');
  const networkMode =
    typeof explicitMode === 'string'
      ? explicitMode
      : explicitMode === undefined && notFargate
        ? 'bridge'
        : undefined;
  const containers = arr(get(td, 'containerDefinitions')).flatMap((c, i) =>
    isObj(c) ? [{ c, i, p: ptr('/containerDefinitions', i), name: str(get(c, 'name')) }] : [],
  );
  return {
    td,
    r,
    cfn,
    fargate,
    notFargate,
    partial,
    windows: os.startsWith('WINDOWS'),
    networkMode,
    containers,
    cpu: parseTaskCpu(get(td, 'cpu')),
    memory: parseTaskMemory(get(td, 'memory')),
  };
}

/** Container names in the task. */
export function containerNames(ctx: TdCtx): Set<string> {
  return new Set(ctx.containers.flatMap((x) => (x.name ? [x.name] : [])));
}

/**
 * Images of log routers and telemetry agents that run beside an application (our heuristic, by
 * repository name): AWS for Fluent Bit, Fluentd, the ADOT and OpenTelemetry collectors, the
 * CloudWatch agent, the X-Ray daemon, Datadog, New Relic and Splunk agents, App Mesh Envoy.
 */
const AGENT_IMAGE =
  /(^|\/)(aws-for-fluent-bit|fluent-bit|fluentd|aws-otel-collector|opentelemetry-collector[\w-]*|cloudwatch-agent|aws-xray-daemon|xray-daemon|agent|nri-ecs|splunk-otel-collector|aws-appmesh-envoy)(:|@|$)/;

/**
 * True for a log router or agent sidecar: a FireLens router, a non-essential container or a known
 * agent image. The per-container hardening warnings (health check, read-only root) are about the
 * application container; agents document their own settings.
 */
export function isSidecar(c: Obj): boolean {
  if (get(c, 'firelensConfiguration') !== undefined || !isEssential(c)) return true;
  const image = str(get(c, 'image')) ?? '';
  return AGENT_IMAGE.test(image.toLowerCase());
}

/** True when the container is essential (the default). */
export function isEssential(c: Obj): boolean {
  const e = get(c, 'essential');
  return e !== false && e !== 'false';
}

/** The container definition named `name` (the last one when names repeat), or undefined. */
export function containerByName(ctx: TdCtx, name: string): Obj | undefined {
  for (let k = ctx.containers.length - 1; k >= 0; k--) {
    const x = ctx.containers[k];
    if (x?.name === name) return x.c;
  }
  return undefined;
}

/** Private ECR image: `<account>.dkr.ecr.<region>.amazonaws.com/…`. */
export function isPrivateEcr(image: string): boolean {
  return /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//.test(image);
}
