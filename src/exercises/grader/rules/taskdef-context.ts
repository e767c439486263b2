/** What the task definition rules share: the launch type, network mode and containers. */
import { arr, get, isObj, ptr, str, type Obj } from '../value.ts';
import type { Reporter } from './report.ts';

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
  readonly fargate: boolean;
  readonly windows: boolean;
  /** Effective network mode: explicit, else bridge (not known for Fargate). */
  readonly networkMode: string | undefined;
  readonly containers: readonly ContainerRef[];
}

/** Builds the shared context of a (camelCase) task definition. */
export function taskDefContext(td: Obj, r: Reporter, cfn: boolean): TdCtx {
  const compat = arr(get(td, 'requiresCompatibilities')).filter((x): x is string => typeof x === 'string');
  const fargate = compat.includes('FARGATE');
  const os = str(get(get(td, 'runtimePlatform'), 'operatingSystemFamily')) ?? '';
  const explicitMode = get(td, 'networkMode');
  const networkMode =
    typeof explicitMode === 'string'
      ? explicitMode
      : explicitMode === undefined && !fargate
        ? 'bridge'
        : undefined;
  const containers = arr(get(td, 'containerDefinitions')).flatMap((c, i) =>
    isObj(c) ? [{ c, i, p: ptr('/containerDefinitions', i), name: str(get(c, 'name')) }] : [],
  );
  return { td, r, cfn, fargate, windows: os.startsWith('WINDOWS'), networkMode, containers };
}

/** Container names in the task. */
export function containerNames(ctx: TdCtx): Set<string> {
  return new Set(ctx.containers.flatMap((x) => (x.name ? [x.name] : [])));
}

/** True when the container is essential (the default). */
export function isEssential(c: Obj): boolean {
  const e = get(c, 'essential');
  return e !== false && e !== 'false';
}
