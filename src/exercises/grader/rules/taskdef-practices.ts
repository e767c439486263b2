/**
 * Best practices: AWS accepts these, but they are known problems (Security Hub ECS controls, the
 * ECS best-practices guide). https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html
 */
import { arr, bool, get, has, ptr, str } from '../value.ts';
import { lesson, rule } from './define.ts';
import { imageProblem } from './taskdef-containers.ts';
import { isSidecar, type TdCtx } from './taskdef-context.ts';

const TD = ['taskdef', 'cfn'] as const;
const ANTI = lesson('11-anti-patterns', 'root-and-privileged');

export const imageTag = rule({
  id: 'taskdef/image-tag',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('11-anti-patterns', 'latest-tag'),
  summary: { ja: 'イメージを latest やタグなしで指定しない', en: 'Images are not latest or untagged' },
  message: {
    ja: 'イメージ "{image}" は {whyJa}。どのバージョンが動くかが決まらず、ロールバックもできません。バージョンタグかダイジェストで固定してください。',
    en: 'Image "{image}" {why}, so what runs can change under you and rollbacks cannot restore it. Pin a version tag or a digest.',
  },
});

export const noHealthCheck = rule({
  id: 'taskdef/no-health-check',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'health-checks'),
  summary: {
    ja: 'アプリケーションの必須コンテナにヘルスチェックがある（ログルーターやエージェントは除く）',
    en: 'Essential application containers have a health check (log routers and agents are skipped)',
  },
  message: {
    ja: '必須コンテナ "{name}" にヘルスチェックがありません。ハングしても ECS は気づけません。',
    en: 'Essential container "{name}" has no healthCheck; ECS cannot notice when it hangs.',
  },
});

export const noLogConfiguration = rule({
  id: 'taskdef/no-log-configuration',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('07-logging', 'awslogs'),
  summary: {
    ja: '各コンテナに logConfiguration がある（Security Hub ECS.9）',
    en: 'Every container has a logConfiguration (Security Hub ECS.9)',
  },
  message: {
    ja: 'コンテナ "{name}" に logConfiguration がありません。ログがどこにも残りません。',
    en: 'Container "{name}" has no logConfiguration; its logs go nowhere you can read.',
  },
});

export const plaintextSecret = rule({
  id: 'taskdef/plaintext-secret',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'secrets'),
  summary: {
    ja: 'パスワードやキーらしい名前の値を environment に平文で置かない（Security Hub ECS.8）',
    en: 'No password- or key-like names in plain environment (Security Hub ECS.8)',
  },
  message: {
    ja: '環境変数 "{name}" は秘密情報に見えます。environment の値は DescribeTaskDefinition で誰でも読めます。secrets（Secrets Manager／SSM）を使ってください。',
    en: 'Environment variable "{name}" looks like a secret. environment values are readable by anyone who can call DescribeTaskDefinition; use secrets (Secrets Manager or SSM).',
  },
});

export const privileged = rule({
  id: 'taskdef/privileged',
  kinds: TD,
  severity: 'warning',
  lesson: ANTI,
  summary: {
    ja: 'privileged を使わない（Security Hub ECS.4）',
    en: 'No privileged containers (Security Hub ECS.4)',
  },
  message: {
    ja: 'コンテナ "{name}" は privileged です。ホストの root とほぼ同じ権限になります。',
    en: 'Container "{name}" is privileged: it gets almost the same power as root on the host.',
  },
});

export const rootUser = rule({
  id: 'taskdef/root-user',
  kinds: TD,
  severity: 'warning',
  lesson: ANTI,
  summary: {
    ja: 'root ユーザーで動かさない（host モードでは user 未指定も root 扱い、Security Hub ECS.1）',
    en: 'Containers do not run as root (in host mode a missing user counts as root, Security Hub ECS.1)',
  },
  message: {
    ja: 'コンテナ "{name}" は root で動きます。1000:1000 のような一般ユーザーを user に指定してください。',
    en: 'Container "{name}" runs as root. Set user to a non-root user such as 1000:1000.',
  },
});

export const writableRootFs = rule({
  id: 'taskdef/writable-root-fs',
  kinds: TD,
  severity: 'warning',
  lesson: ANTI,
  summary: {
    ja: 'アプリケーションコンテナの readonlyRootFilesystem を true にする（Security Hub ECS.5。ログルーターやエージェントは除く）',
    en: 'Application containers set readonlyRootFilesystem to true (Security Hub ECS.5; log routers and agents are skipped)',
  },
  message: {
    ja: 'コンテナ "{name}" のルートファイルシステムは書き込み可能です。readonlyRootFilesystem: true にし、書き込み先はボリュームにします。',
    en: 'Container "{name}" has a writable root file system. Set readonlyRootFilesystem to true and write to volumes.',
  },
});

export const hostNamespaces = rule({
  id: 'taskdef/host-namespaces',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'network-modes'),
  summary: {
    ja: 'host ネットワークモードや pidMode host を使わない（Security Hub ECS.17／ECS.3）',
    en: 'No host network mode or pidMode host (Security Hub ECS.17 / ECS.3)',
  },
  message: {
    ja: '{field}: host はホストの名前空間を共有し、コンテナの隔離が弱まります。',
    en: '{field}: host shares the host namespace and weakens container isolation.',
  },
});

export const roleMixup = rule({
  id: 'taskdef/role-mixup',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'execution-role'),
  summary: {
    ja: 'タスクロールとタスク実行ロールを取り違えない・同じロールにしない',
    en: 'Task role and task execution role are not swapped or the same role',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
});

export const roleArnFormat = rule({
  id: 'taskdef/role-arn',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'execution-role'),
  summary: {
    ja: 'ロールが IAM ロール名か IAM ロールの ARN で、プレースホルダーや壊れた ARN でない',
    en: 'Roles are IAM role names or IAM role ARNs, not placeholders or malformed ARNs',
  },
  message: {
    ja: '{field} "{value}" は IAM ロール名（例 ecsTaskExecutionRole）でも IAM ロールの ARN（arn:aws:iam::123456789012:role/名前）でもありません。',
    en: '{field} "{value}" is neither an IAM role name (such as ecsTaskExecutionRole) nor an IAM role ARN (arn:aws:iam::123456789012:role/name).',
  },
  aws: {
    quote:
      'The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this task can assume.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
  },
});

export const efsTransitEncryption = rule({
  id: 'taskdef/efs-transit-encryption',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'task-definition-structure'),
  summary: {
    ja: 'EFS ボリュームで転送中の暗号化（transitEncryption: ENABLED）を使う（Security Hub ECS.18）',
    en: 'EFS volumes use encryption in transit (transitEncryption ENABLED; Security Hub ECS.18)',
  },
  message: {
    ja: 'EFS ボリューム "{name}" は転送中の暗号化が無効です。タスクと EFS の間のデータが暗号化されません。efsVolumeConfiguration.transitEncryption を ENABLED にしてください。',
    en: 'EFS volume "{name}" does not encrypt data in transit between the task and EFS. Set efsVolumeConfiguration.transitEncryption to ENABLED.',
  },
  aws: {
    quote:
      'The rule is NON_COMPLIANT if an ECS Task Definition contains an EFS volume without transit encryption enabled.',
    source:
      'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-efs-encryption-enabled.html',
  },
});

const SECRET_NAME =
  /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|ECS_ENGINE_AUTH_DATA)/i;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** An IAM role name: up to 64 of letters, digits and + = , . @ _ - (IAM CreateRole, RoleName). */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/** Tag problem of an image reference, or undefined when pinned. */
export function imageTagProblem(image: string): { why: string; whyJa: string } | undefined {
  if (image.includes('@sha256:')) return undefined;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0)
    return { why: 'has no tag (it means latest)', whyJa: 'タグがありません（latest と同じ意味）' };
  if (image.slice(colon + 1) === 'latest') return { why: 'uses the latest tag', whyJa: 'latest タグです' };
  return undefined;
}

/** Best-practice checks. */
export function checkPractices(ctx: TdCtx): void {
  const { r, td } = ctx;
  for (const { c, p, name: n } of ctx.containers) {
    const name = n ?? p;
    const image = str(get(c, 'image'));
    const tag = image && !imageProblem(image) ? imageTagProblem(image) : undefined;
    if (image && tag) r.report(imageTag, ptr(p, 'image'), { image, why: tag.why, whyJa: tag.whyJa });
    const sidecar = isSidecar(c);
    if (!sidecar && !has(c, 'healthCheck')) r.report(noHealthCheck, p, { name });
    if (!has(c, 'logConfiguration')) r.report(noLogConfiguration, p, { name });
    arr(get(c, 'environment')).forEach((e, j) => {
      const envName = str(get(e, 'name'));
      if (envName && SECRET_NAME.test(envName))
        r.report(plaintextSecret, ptr(p, 'environment', j, 'name'), { name: envName });
    });
    if (!ctx.fargate && bool(get(c, 'privileged')) === true)
      r.report(privileged, ptr(p, 'privileged'), { name });
    const user = str(get(c, 'user'));
    const root = user !== undefined && /^(root|0)(:.*)?$/.test(user);
    // AWS's FireLens examples run the log router as user 0; that is the router's documented setup.
    if (root && !has(c, 'firelensConfiguration')) r.report(rootUser, ptr(p, 'user'), { name });
    else if (user === undefined && ctx.networkMode === 'host' && bool(get(c, 'privileged')) !== true)
      r.report(rootUser, p, { name });
    // "This parameter is not supported for Windows containers." (ContainerDefinition API reference)
    if (!sidecar && !ctx.windows && bool(get(c, 'readonlyRootFilesystem')) !== true)
      r.report(writableRootFs, has(c, 'readonlyRootFilesystem') ? ptr(p, 'readonlyRootFilesystem') : p, {
        name,
      });
  }
  if (str(get(td, 'networkMode')) === 'host')
    r.report(hostNamespaces, '/networkMode', { field: 'networkMode' });
  if (!ctx.fargate && str(get(td, 'pidMode')) === 'host')
    r.report(hostNamespaces, '/pidMode', { field: 'pidMode' });
  arr(get(td, 'volumes')).forEach((v, i) => {
    const efs = get(v, 'efsVolumeConfiguration');
    if (efs === undefined || str(get(efs, 'transitEncryption')) === 'ENABLED') return;
    if (has(efs, 'transitEncryption') && str(get(efs, 'transitEncryption')) === undefined) return;
    const at = has(efs, 'transitEncryption')
      ? ptr('/volumes', i, 'efsVolumeConfiguration', 'transitEncryption')
      : ptr('/volumes', i, 'efsVolumeConfiguration');
    r.report(efsTransitEncryption, at, { name: str(get(v, 'name')) ?? String(i) });
  });
  checkRoles(ctx);
}

function checkRoles(ctx: TdCtx): void {
  const { r, td } = ctx;
  const exec = str(get(td, 'executionRoleArn'));
  const task = str(get(td, 'taskRoleArn'));
  for (const [field, v] of [
    ['executionRoleArn', exec],
    ['taskRoleArn', task],
  ] as const) {
    // RegisterTaskDefinition takes "the short name or full ARN of the IAM role"; a CloudFormation
    // `!Ref Role` is a name too. Placeholders (<ACCOUNT_ID>, {{role}}) match neither form.
    const ok = v === undefined || ROLE_ARN.test(v) || (!v.startsWith('arn:') && ROLE_NAME.test(v));
    if (!ok) r.report(roleArnFormat, ptr('', field), { field, value: v });
  }
  if (exec && task && exec === task) {
    r.report(roleMixup, '/taskRoleArn', {
      detail:
        'taskRoleArn and executionRoleArn are the same role, so the application gets ECS’s permissions (image pulls, secrets). Use two roles.',
      detailJa:
        'taskRoleArn と executionRoleArn が同じロールです。アプリケーションが ECS 用の権限（イメージ取得やシークレット）まで持ちます。ロールを分けてください。',
    });
  } else if (exec && task && /task-?role/i.test(exec) && /execution/i.test(task)) {
    r.report(roleMixup, '/executionRoleArn', {
      detail:
        'The role names look swapped: executionRoleArn is for ECS (pull images, write logs, read secrets); taskRoleArn is for your application.',
      detailJa:
        'ロール名が逆に見えます。executionRoleArn は ECS 用（イメージ取得・ログ・シークレット）、taskRoleArn はアプリケーション用です。',
    });
  }
}

export const PRACTICE_RULES = [
  imageTag,
  noHealthCheck,
  noLogConfiguration,
  plaintextSecret,
  privileged,
  rootUser,
  writableRootFs,
  hostNamespaces,
  roleMixup,
  roleArnFormat,
  efsTransitEncryption,
];
