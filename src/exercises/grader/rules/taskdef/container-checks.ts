/**
 * Container structure rules: names, images, essential containers, references between containers,
 * health checks and networking.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
 */
import { CONTAINER_HEALTH_CHECK, ECS_QUOTAS } from '../../../../aws/index.ts';
import { arr, get, has, isObj, num, ptr, str } from '../../value.ts';
import { containerNames, isEssential, type TdCtx } from './context.ts';
import essentialContainer from './essential-container.ts';
import containerCount from './container-count.ts';
import containerName from './container-name.ts';
import containerImage from './container-image.ts';
import imageName from './image-name.ts';
import containerReference from './container-reference.ts';
import dependsOnEssential from './depends-on-essential.ts';
import dependsOnHealthy from './depends-on-healthy.ts';
import healthCheckRange from './health-check.ts';
import healthCheckCommand from './health-check-command.ts';
import fargateNetworkMode from './fargate-network-mode.ts';
import awsvpcHostPort from './awsvpc-host-port.ts';
import networkModeFeatures from './network-mode-features.ts';

/** Structure and reference checks of the containers. */
export function checkContainers(ctx: TdCtx): void {
  const { r } = ctx;
  const list = get(ctx.td, 'containerDefinitions');
  if (Array.isArray(list) && (list.length === 0 || list.length > ECS_QUOTAS.containersPerTaskDefinition)) {
    r.report(containerCount, '/containerDefinitions', { count: list.length });
  }
  if (ctx.containers.length > 0 && !ctx.containers.some((x) => isEssential(x.c))) {
    r.report(essentialContainer, '/containerDefinitions');
  }
  const seen = new Set<string>();
  for (const { c, p, name } of ctx.containers) {
    const rawName = get(c, 'name');
    if (rawName === undefined || rawName === '') r.report(containerName, p, { detail: 'missing' });
    else if (typeof rawName === 'string') {
      if (!/^[A-Za-z0-9_-]{1,255}$/.test(rawName))
        r.report(containerName, ptr(p, 'name'), {
          detail: `"${rawName}" (letters, digits, _ and - only, ≤255)`,
        });
      if (seen.has(rawName))
        r.report(containerName, ptr(p, 'name'), { detail: `"${rawName}" is used twice` });
      seen.add(rawName);
    }
    const image = get(c, 'image');
    if (image === undefined || image === '') r.report(containerImage, p, { name: name ?? p });
    else if (typeof image === 'string') {
      const problem = imageProblem(image);
      if (problem) r.report(imageName, ptr(p, 'image'), problem.params, problem.messageId);
    }
  }
  checkReferences(ctx);
  checkHealthChecks(ctx);
  checkNetworking(ctx);
}

/** A pipeline placeholder left in an image: `<IMAGE1_NAME>` (CodePipeline), `{{image}}`, `${IMAGE}`. */
const PLACEHOLDER = /<[^>]*>|\{\{[^}]*\}\}|\$\{[^}]*\}/;
const IMAGE_CHARS = /^[A-Za-z0-9\-_:./#]+$/;

/**
 * What is wrong with an image reference by AWS's naming rules, as a message id of
 * taskdef/image-name and its params, or undefined.
 */
export function imageProblem(
  image: string,
): { messageId: string; params: Readonly<Record<string, string>> } | undefined {
  const placeholder = PLACEHOLDER.exec(image)?.[0];
  if (placeholder) return { messageId: 'placeholder', params: { image, placeholder } };
  const at = image.indexOf('@');
  const name = at < 0 ? image : image.slice(0, at);
  const digest = at < 0 ? undefined : image.slice(at + 1);
  if (!IMAGE_CHARS.test(name) || name.length > 255) return { messageId: 'default', params: { image } };
  if (digest !== undefined && !/^sha256:[A-Fa-f0-9]{64}$/.test(digest))
    return { messageId: 'digest', params: { image } };
  return undefined;
}

function checkReferences(ctx: TdCtx): void {
  const { r } = ctx;
  const names = containerNames(ctx);
  const byName = new Map(ctx.containers.flatMap((x) => (x.name ? [[x.name, x.c] as const] : [])));
  const volumes = new Set(
    arr(get(ctx.td, 'volumes')).flatMap((v) =>
      typeof get(v, 'name') === 'string' ? [get(v, 'name') as string] : [],
    ),
  );
  for (const { c, p } of ctx.containers) {
    arr(get(c, 'dependsOn')).forEach((dep, j) => {
      const target = str(get(dep, 'containerName'));
      const condition = str(get(dep, 'condition'));
      const dp = ptr(p, 'dependsOn', j);
      if (target === undefined) return;
      const targetDef = byName.get(target);
      if (!targetDef)
        return r.report(containerReference, ptr(dp, 'containerName'), { field: 'dependsOn', target });
      if ((condition === 'COMPLETE' || condition === 'SUCCESS') && isEssential(targetDef)) {
        r.report(dependsOnEssential, ptr(dp, 'condition'), { target, condition });
      }
      if (condition === 'HEALTHY' && !has(targetDef, 'healthCheck'))
        r.report(dependsOnHealthy, ptr(dp, 'condition'), { target });
    });
    arr(get(c, 'links')).forEach((link, j) => {
      const target = typeof link === 'string' ? (link.split(':')[0] ?? '') : undefined;
      if (target !== undefined && !names.has(target))
        r.report(containerReference, ptr(p, 'links', j), { field: 'links', target });
    });
    arr(get(c, 'volumesFrom')).forEach((vf, j) => {
      const target = str(get(vf, 'sourceContainer'));
      if (target !== undefined && !names.has(target))
        r.report(containerReference, ptr(p, 'volumesFrom', j, 'sourceContainer'), {
          field: 'volumesFrom',
          target,
        });
    });
    arr(get(c, 'mountPoints')).forEach((mp, j) => {
      const target = str(get(mp, 'sourceVolume'));
      if (target !== undefined && !volumes.has(target))
        r.report(containerReference, ptr(p, 'mountPoints', j, 'sourceVolume'), {
          field: 'mountPoints.sourceVolume',
          target,
        });
    });
  }
}

const HC_RANGES = Object.entries(CONTAINER_HEALTH_CHECK).map(([field, s]) => [field, s.min, s.max] as const);

function checkHealthChecks(ctx: TdCtx): void {
  for (const { c, p } of ctx.containers) {
    const hc = get(c, 'healthCheck');
    if (!isObj(hc)) continue;
    const hp = ptr(p, 'healthCheck');
    const cmd = get(hc, 'command');
    const first: unknown = Array.isArray(cmd) ? (cmd as unknown[])[0] : undefined;
    // ECS registers other first items, and AWS's own collector image documents ["/healthcheck"]
    // (ecs-facts §0): a warning that never advises adding a shell.
    if (Array.isArray(cmd) && typeof first === 'string' && first !== 'CMD' && first !== 'CMD-SHELL') {
      ctx.r.report(healthCheckCommand, ptr(hp, 'command', 0), { first });
    }
    for (const [field, min, max] of HC_RANGES) {
      const v = num(get(hc, field));
      if (v !== undefined && (v < min || v > max)) {
        ctx.r.report(healthCheckRange, ptr(hp, field), { field, detail: `${v} is outside ${min}–${max}` });
      }
    }
  }
}

function checkNetworking(ctx: TdCtx): void {
  const { r, networkMode: mode } = ctx;
  if (
    ctx.fargate &&
    has(ctx.td, 'networkMode') &&
    typeof get(ctx.td, 'networkMode') === 'string' &&
    mode !== 'awsvpc'
  ) {
    r.report(fargateNetworkMode, '/networkMode');
  } else if (ctx.fargate && !has(ctx.td, 'networkMode')) {
    r.report(fargateNetworkMode, '');
  }
  for (const { c, p } of ctx.containers) {
    arr(get(c, 'portMappings')).forEach((pm, j) => {
      const hostPort = num(get(pm, 'hostPort'));
      const containerPort = num(get(pm, 'containerPort'));
      if (
        (mode === 'awsvpc' || mode === 'host') &&
        hostPort !== undefined &&
        containerPort !== undefined &&
        hostPort !== containerPort
      ) {
        r.report(awsvpcHostPort, ptr(p, 'portMappings', j, 'hostPort'), { mode, hostPort, containerPort });
      }
    });
    if (mode === 'none' && arr(get(c, 'portMappings')).length > 0) {
      r.report(networkModeFeatures, ptr(p, 'portMappings'), {}, 'none-port-mappings');
    }
    if (mode === 'awsvpc' && has(c, 'hostname')) {
      r.report(networkModeFeatures, ptr(p, 'hostname'));
    }
    if (mode === 'awsvpc' && arr(get(c, 'links')).length > 0) {
      r.report(networkModeFeatures, ptr(p, 'links'), {}, 'awsvpc-links');
    }
  }
}
