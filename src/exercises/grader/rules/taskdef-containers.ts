/**
 * Container structure rules: names, images, essential containers, references between containers,
 * health checks and networking.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
 */
import { CONTAINER_HEALTH_CHECK, ECS_QUOTAS } from '../../../aws/index.ts';
import { arr, get, has, isObj, num, ptr, str } from '../value.ts';
import { lesson, rule } from './define.ts';
import { containerNames, isEssential, type TdCtx } from './taskdef-context.ts';

const TD = ['taskdef', 'cfn'] as const;
const CONTAINERS = lesson('02-task-definitions', 'task-definition-structure');
const NETWORK = lesson('02-task-definitions', 'network-modes');

export const essentialContainer = rule({
  id: 'taskdef/essential-container',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'essential-containers'),
  quotesAws: true,
  summary: { ja: '必須（essential）コンテナが少なくとも1つある', en: 'At least one container is essential' },
  message: {
    ja: "必須コンテナがありません。essential は既定で true です（AWS: Task definition doesn't have any essential container.）",
    en: "Task definition doesn't have any essential container.",
  },
});

export const containerCount = rule({
  id: 'taskdef/container-count',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'limits'),
  quotesAws: true,
  summary: { ja: 'コンテナが 1〜10 個', en: 'Between 1 and 10 containers' },
  message: {
    ja: 'コンテナは 1〜10 個です（今は {count} 個）。空のときの AWS のエラー: Container list cannot be empty.',
    en: 'A task definition holds 1 to 10 containers (this one has {count}). For an empty list AWS says: Container list cannot be empty.',
  },
});

export const sizeLimit = rule({
  id: 'taskdef/size-limit',
  kinds: ['taskdef'],
  severity: 'error',
  lesson: lesson('02-task-definitions', 'limits'),
  summary: { ja: 'タスク定義が 64 KiB 以内', en: 'The task definition is at most 64 KiB' },
  message: {
    ja: 'タスク定義が {size} バイトあり、上限の 64 KiB（65,536 バイト）を超えています。',
    en: 'The task definition is {size} bytes, over the 64 KiB (65,536 bytes) limit.',
  },
});

export const containerName = rule({
  id: 'taskdef/container-name',
  kinds: TD,
  severity: 'error',
  lesson: CONTAINERS,
  quotesAws: true,
  summary: {
    ja: 'コンテナ名があり、英数字・_・- の 255 文字以内で、重複しない',
    en: 'Container names exist, use letters, digits, _ and - (≤255), and are unique',
  },
  message: {
    ja: 'コンテナ名が不正です: {detail}（名前がないときの AWS のエラー: Container.name should not be null or empty.）',
    en: 'Invalid container name: {detail}. (A missing name gives: Container.name should not be null or empty.)',
  },
  aws: {
    quote: 'Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  },
});

export const containerImage = rule({
  id: 'taskdef/container-image',
  kinds: TD,
  severity: 'error',
  lesson: CONTAINERS,
  quotesAws: true,
  summary: { ja: '各コンテナに image がある', en: 'Every container has an image' },
  message: {
    ja: 'コンテナ "{name}" に image がありません（AWS: The container.image should not be null or empty）',
    en: 'The container.image should not be null or empty (container "{name}").',
  },
});

export const imageName = rule({
  id: 'taskdef/image-name',
  kinds: TD,
  severity: 'error',
  lesson: CONTAINERS,
  summary: {
    ja: 'image が AWS の許す文字（英数字・- _ : . / #、ダイジェストの @）だけで 255 文字以内。<IMAGE1_NAME> や {{image}} のようなパイプラインのプレースホルダーが残っていない',
    en: 'image uses only the characters AWS allows (letters, digits, - _ : . / #, and @ for a digest), at most 255; no pipeline placeholder such as <IMAGE1_NAME> or {{image}} is left',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
  aws: {
    quote:
      'For images using tags (repository-url/image:tag), up to 255 characters total are allowed, including letters (uppercase and lowercase), numbers, hyphens, underscores, colons, periods, forward slashes, and number signs (#).',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  },
});

export const containerReference = rule({
  id: 'taskdef/container-reference',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'depends-on'),
  summary: {
    ja: 'dependsOn・links・volumesFrom・mountPoints が同じタスク内のコンテナやボリュームを指す',
    en: 'dependsOn, links, volumesFrom and mountPoints name containers or volumes of the same task',
  },
  message: {
    ja: '{field} が指す "{target}" はこのタスク定義にありません。',
    en: '{field} names "{target}", which this task definition does not have.',
  },
});

export const dependsOnEssential = rule({
  id: 'taskdef/depends-on-essential',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'depends-on'),
  quotesAws: true,
  summary: {
    ja: 'COMPLETE・SUCCESS の依存先は必須コンテナにしない',
    en: 'COMPLETE and SUCCESS dependencies do not target an essential container',
  },
  message: {
    ja: '"{target}" は必須コンテナなので {condition} 条件の依存先にできません。essential: false にしてください（AWS: A dependency container with SUCCESS or COMPLETE condition cannot be an essential container）',
    en: 'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container ("{target}" with {condition}).',
  },
  aws: {
    quote: "This condition can't be set on an essential container.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html',
  },
});

export const dependsOnHealthy = rule({
  id: 'taskdef/depends-on-healthy',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'depends-on'),
  summary: {
    ja: 'HEALTHY 条件の依存先にヘルスチェックがある',
    en: 'A HEALTHY dependency targets a container with a health check',
  },
  message: {
    ja: '"{target}" にはヘルスチェックがないので HEALTHY 条件は意味を持ちません。healthCheck を追加してください。',
    en: '"{target}" has no healthCheck, so the HEALTHY condition cannot work as intended. Add a healthCheck to it.',
  },
});

export const healthCheckRange = rule({
  id: 'taskdef/health-check',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'health-checks'),
  summary: {
    ja: 'ヘルスチェックの interval 5〜300・timeout 2〜60・retries 1〜10・startPeriod 0〜300',
    en: 'Health check interval 5–300, timeout 2–60, retries 1–10, startPeriod 0–300',
  },
  message: {
    ja: 'ヘルスチェックの {field} が不正です: {detail}',
    en: 'Health check {field} is invalid: {detail}',
  },
  aws: {
    quote:
      'The time period in seconds between each health check execution. You may specify between 5 and 300 seconds.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
  },
});

export const healthCheckCommand = rule({
  id: 'taskdef/health-check-command',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'health-checks'),
  summary: {
    ja: 'ヘルスチェックの command が CMD か CMD-SHELL で始まる（API リファレンスの指定。ほかの形も登録はされる）',
    en: 'A health check command starts with CMD or CMD-SHELL (what the API reference asks; other forms still register)',
  },
  message: {
    ja: 'ヘルスチェックの command が "{first}" で始まっています。API リファレンスは先頭を CMD（引数をそのまま実行）か CMD-SHELL（コンテナのシェルで実行）にするよう求めていますが、ECS はこの形も登録します。イメージの文書がこの形を指定していて動いているなら、そのままにしてください。シェルのないイメージで CMD-SHELL を付けると、ヘルスチェックは必ず失敗します。',
    en: 'The health check command starts with "{first}". The API reference asks for CMD (run the arguments directly) or CMD-SHELL (run them with the container\'s shell) first, but ECS registers this form too. If the image documents this form and it works, keep it; adding CMD-SHELL to an image without a shell makes the check fail every time.',
  },
  aws: {
    quote:
      "The string array must start with CMD to run the command arguments directly, or CMD-SHELL to run the command with the container's default shell.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
  },
});

export const fargateNetworkMode = rule({
  id: 'taskdef/fargate-network-mode',
  kinds: TD,
  severity: 'error',
  lesson: NETWORK,
  quotesAws: true,
  summary: { ja: 'Fargate のネットワークモードは awsvpc', en: 'Fargate uses network mode awsvpc' },
  message: {
    ja: "Fargate では networkMode を awsvpc にします（AWS: Fargate only supports network mode 'awsvpc'.）",
    en: "Fargate only supports network mode 'awsvpc'.",
  },
});

export const awsvpcHostPort = rule({
  id: 'taskdef/awsvpc-host-port',
  kinds: TD,
  severity: 'error',
  lesson: NETWORK,
  quotesAws: true,
  summary: {
    ja: 'awsvpc/host では hostPort を省略するか containerPort と同じにする',
    en: 'With awsvpc or host networking, hostPort is omitted or equals containerPort',
  },
  message: {
    ja: 'networkMode {mode} では hostPort（{hostPort}）は containerPort（{containerPort}）と同じにするか省略します（AWS: When networkMode=awsvpc, the host ports and container ports in port mappings must match.）',
    en: 'When networkMode=awsvpc, the host ports and container ports in port mappings must match. (hostPort {hostPort}, containerPort {containerPort})',
  },
  aws: {
    quote:
      'If you use containers in a task with the awsvpc or host network mode, the hostPort can either be left blank or set to the same value as the containerPort.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
  },
});

export const networkModeFeatures = rule({
  id: 'taskdef/network-mode-features',
  kinds: TD,
  severity: 'error',
  lesson: NETWORK,
  quotesAws: true,
  summary: {
    ja: 'awsvpc では hostname と links を使わず、none ではポートマッピングを使わない',
    en: 'No hostname or links with awsvpc; no port mappings with none',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
});

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
      if (problem) r.report(imageName, ptr(p, 'image'), { image, ...problem });
    }
  }
  checkReferences(ctx);
  checkHealthChecks(ctx);
  checkNetworking(ctx);
}

/** A pipeline placeholder left in an image: `<IMAGE1_NAME>` (CodePipeline), `{{image}}`, `${IMAGE}`. */
const PLACEHOLDER = /<[^>]*>|\{\{[^}]*\}\}|\$\{[^}]*\}/;
const IMAGE_CHARS = /^[A-Za-z0-9\-_:./#]+$/;

/** What is wrong with an image reference by AWS's naming rules, or undefined. */
export function imageProblem(image: string): { detail: string; detailJa: string } | undefined {
  const placeholder = PLACEHOLDER.exec(image)?.[0];
  if (placeholder)
    return {
      detail: `Image "${image}" still holds the pipeline placeholder ${placeholder}, which must be replaced before registration (a deploy step such as CodePipeline or the render-task-definition action fills it in); AWS refuses its characters.`,
      detailJa: `イメージ "${image}" にパイプラインのプレースホルダー ${placeholder} が残っています。登録の前に置き換える必要があります（CodePipeline や render-task-definition アクションなどのデプロイ手順が埋めます）。AWS はこの文字を受け付けません。`,
    };
  const at = image.indexOf('@');
  const name = at < 0 ? image : image.slice(0, at);
  const digest = at < 0 ? undefined : image.slice(at + 1);
  if (!IMAGE_CHARS.test(name) || name.length > 255)
    return {
      detail: `Image "${image}" has characters AWS does not allow or is longer than 255 characters (letters, digits, - _ : . / # only).`,
      detailJa: `イメージ "${image}" に AWS が許さない文字があるか、255 文字を超えています（英数字と - _ : . / # のみ）。`,
    };
  if (digest !== undefined && !/^sha256:[A-Fa-f0-9]{64}$/.test(digest))
    return {
      detail: `Image "${image}": a digest is sha256: followed by exactly 64 hexadecimal characters.`,
      detailJa: `イメージ "${image}": ダイジェストは sha256: と 16 進数ちょうど 64 文字です。`,
    };
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
    const first = Array.isArray(cmd) ? cmd[0] : undefined;
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
      r.report(networkModeFeatures, ptr(p, 'portMappings'), {
        detail: 'networkMode none allows no portMappings.',
        detailJa: 'networkMode が none のときはポートマッピングを使えません。',
      });
    }
    if (mode === 'awsvpc' && has(c, 'hostname')) {
      r.report(networkModeFeatures, ptr(p, 'hostname'), {
        detail: 'hostname is not supported on container when networkMode=awsvpc.',
        detailJa:
          'awsvpc では hostname を使えません（AWS: hostname is not supported on container when networkMode=awsvpc.）',
      });
    }
    if (mode === 'awsvpc' && arr(get(c, 'links')).length > 0) {
      r.report(networkModeFeatures, ptr(p, 'links'), {
        detail: 'Links are not supported when networkMode=awsvpc.',
        detailJa: 'awsvpc では links を使えません（AWS: Links are not supported when networkMode=awsvpc.）',
      });
    }
  }
}

export const CONTAINER_RULES = [
  essentialContainer,
  containerCount,
  sizeLimit,
  containerName,
  containerImage,
  imageName,
  containerReference,
  dependsOnEssential,
  dependsOnHealthy,
  healthCheckRange,
  healthCheckCommand,
  fargateNetworkMode,
  awsvpcHostPort,
  networkModeFeatures,
];
