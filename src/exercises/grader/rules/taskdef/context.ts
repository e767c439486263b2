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
