/**
 * Launch-type rules: what Fargate refuses, logging, the task execution role, secrets, Windows.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html
 */
import { arr, get, has, isObj, ptr, str } from '../../value.ts';
import { fargateCpuSize, parseTaskCpu } from '../../../../aws/index.ts';
import type { TdCtx } from './context.ts';
import fargateUnsupported from './fargate-unsupported.ts';
import fargateCapabilities from './fargate-capabilities.ts';
import fargatePidMode from './fargate-pid-mode.ts';
import fargateLogDriver from './fargate-log-driver.ts';
import awslogsOptions from './awslogs-options.ts';
import executionRoleRequired from './execution-role-required.ts';
import secretValueFrom from './secret-value-from.ts';
import windowsLimits from './platform-limits.ts';
import firelens from './firelens.ts';

const FARGATE_TASK_FIELDS: readonly [string, string][] = [
  ['ipcMode', 'Tasks using the Fargate launch type do not support ipcMode.'],
  ['placementConstraints', ''],
];
const FARGATE_CONTAINER_FIELDS = [
  'privileged',
  'disableNetworking',
  'dnsSearchDomains',
  'dnsServers',
  'dockerSecurityOptions',
  'extraHosts',
  'links',
  'systemControls',
];

/** Fargate restrictions (ecs-facts §8.8). */
export function checkFargateLimits(ctx: TdCtx): void {
  if (!ctx.fargate) return;
  const { r, td } = ctx;
  for (const [field, aws] of FARGATE_TASK_FIELDS) {
    const v = get(td, field);
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
      r.report(fargateUnsupported, ptr('', field), { field, aws });
  }
  if (str(get(td, 'pidMode')) === 'host') r.report(fargatePidMode, '/pidMode');
  arr(get(td, 'volumes')).forEach((v, i) => {
    if (str(get(get(v, 'host'), 'sourcePath')) !== undefined) {
      r.report(fargateUnsupported, ptr('/volumes', i, 'host', 'sourcePath'), {
        field: 'host.sourcePath',
        aws: 'Fargate compatible task definitions do not support sourcePath',
      });
    }
    if (has(v, 'dockerVolumeConfiguration'))
      r.report(fargateUnsupported, ptr('/volumes', i, 'dockerVolumeConfiguration'), {
        field: 'dockerVolumeConfiguration',
        aws: '',
      });
  });
  for (const { c, p } of ctx.containers) {
    for (const field of FARGATE_CONTAINER_FIELDS) {
      const v = get(c, field);
      if (v === undefined || v === false || (Array.isArray(v) && v.length === 0)) continue;
      r.report(fargateUnsupported, ptr(p, field), { field, aws: '' });
    }
    const lp = get(c, 'linuxParameters');
    arr(get(get(lp, 'capabilities'), 'add')).forEach((cap, j) => {
      if (typeof cap === 'string' && cap !== 'SYS_PTRACE')
        r.report(fargateCapabilities, ptr(p, 'linuxParameters', 'capabilities', 'add', j), { cap });
    });
    for (const field of ['devices', 'sharedMemorySize', 'maxSwap', 'swappiness']) {
      if (has(lp, field))
        r.report(fargateUnsupported, ptr(p, 'linuxParameters', field), {
          field: `linuxParameters.${field}`,
          aws: '',
        });
    }
  }
}

/** Log driver and awslogs option checks. */
export function checkLogging(ctx: TdCtx): void {
  const { r } = ctx;
  const hasRouter = ctx.containers.some((x) => has(x.c, 'firelensConfiguration'));
  for (const { c, p } of ctx.containers) {
    const lc = get(c, 'logConfiguration');
    const driver = str(get(lc, 'logDriver'));
    const lp = ptr(p, 'logConfiguration');
    if (driver && ctx.fargate && !['awslogs', 'splunk', 'awsfirelens'].includes(driver))
      r.report(fargateLogDriver, ptr(lp, 'logDriver'), { driver });
    if (driver === 'awslogs') {
      const opts = get(lc, 'options');
      const required = ['awslogs-group', 'awslogs-region', ...(ctx.fargate ? ['awslogs-stream-prefix'] : [])];
      const missing = isObj(opts) || opts === undefined ? required.filter((k) => !has(opts, k)) : [];
      if (missing.length > 0) {
        const prefixOnly = missing.length === 1 && missing[0] === 'awslogs-stream-prefix';
        r.report(awslogsOptions, has(lc, 'options') ? ptr(lp, 'options') : lp, {
          missing: missing.join(', '),
          why: prefixOnly ? 'On Fargate the stream prefix is required as well.' : '',
          whyJa: prefixOnly ? 'Fargate では awslogs-stream-prefix も必須です。' : '',
        });
      }
    }
    if (driver === 'awsfirelens' && !hasRouter) {
      r.report(firelens, ptr(lp, 'logDriver'), {
        detail:
          'logDriver awsfirelens needs a log router container with firelensConfiguration in the same task.',
        detailJa:
          'awsfirelens を使うには、同じタスクに firelensConfiguration を持つログルーターコンテナが必要です。',
      });
    }
    const fl = get(c, 'firelensConfiguration');
    if (ctx.fargate && str(get(get(fl, 'options'), 'config-file-type')) === 's3') {
      r.report(firelens, ptr(p, 'firelensConfiguration', 'options', 'config-file-type'), {
        detail: 'Invalid arn syntax. (Fargate supports only config-file-type file, not s3.)',
        detailJa: 'Fargate の config-file-type は file のみで、s3 は使えません（AWS: Invalid arn syntax.）',
      });
    }
    if (ctx.windows && fl !== undefined)
      r.report(windowsLimits, ptr(p, 'firelensConfiguration'), {
        detail: 'FireLens is Linux only.',
        detailJa: 'FireLens は Linux のみです。',
      });
  }
}

/** Private ECR image: `<account>.dkr.ecr.<region>.amazonaws.com/…`. */
export function isPrivateEcr(image: string): boolean {
  return /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//.test(image);
}

/** When the task execution role is required. */
export function checkExecutionRole(ctx: TdCtx): void {
  // A container list alone (Terraform) has its execution role on the task resource.
  if (ctx.partial || has(ctx.td, 'executionRoleArn')) return;
  const { r } = ctx;
  let awslogs = false;
  let ecr = false;
  let secrets = false;
  for (const { c } of ctx.containers) {
    if (str(get(get(c, 'logConfiguration'), 'logDriver')) === 'awslogs') awslogs = true;
    const image = str(get(c, 'image'));
    if (image && isPrivateEcr(image)) ecr = true;
    if (arr(get(c, 'secrets')).length > 0 || arr(get(get(c, 'logConfiguration'), 'secretOptions')).length > 0)
      secrets = true;
  }
  if (ctx.fargate && awslogs) {
    r.report(executionRoleRequired, '', {
      reason: 'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
      reasonJa:
        'Fargate で awslogs を使うにはタスク実行ロールが要ります（AWS: Fargate requires task definition to have execution role ARN to support log driver awslogs.）',
    });
  }
  if (ctx.fargate && ecr) {
    r.report(executionRoleRequired, '', {
      reason: 'Fargate requires task definition to have execution role ARN to support ECR images.',
      reasonJa:
        'Fargate で ECR のプライベートイメージを取得するにはタスク実行ロールが要ります（AWS: Fargate requires task definition to have execution role ARN to support ECR images.）',
    });
  }
  if (secrets) {
    r.report(executionRoleRequired, '', {
      reason: 'secrets and secretOptions are read by ECS with the task execution role; add executionRoleArn.',
      reasonJa:
        'secrets と secretOptions は ECS がタスク実行ロールで取得します。executionRoleArn を追加してください。',
    });
  }
}

const SM_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[^:]+(:.*)?$/;
const SSM_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/?[A-Za-z0-9_.\-/]+$/;
const SSM_NAME = /^\/?[A-Za-z0-9_.\-/]+$/;

/** secrets[].valueFrom formats. */
export function checkSecrets(ctx: TdCtx): void {
  for (const { c, p } of ctx.containers) {
    const lists: [string, unknown][] = [
      [ptr(p, 'secrets'), get(c, 'secrets')],
      [ptr(p, 'logConfiguration', 'secretOptions'), get(get(c, 'logConfiguration'), 'secretOptions')],
    ];
    for (const [base, list] of lists) {
      arr(list).forEach((s, j) => {
        const value = str(get(s, 'valueFrom'));
        if (value === undefined) return;
        const problem = secretProblem(value);
        if (problem) ctx.r.report(secretValueFrom, ptr(base, j, 'valueFrom'), { value, ...problem });
      });
    }
  }
}

function secretProblem(v: string): { detail: string; detailJa: string } | undefined {
  if (v.startsWith('arn:') && v.includes(':secretsmanager:')) {
    if (!SM_ARN.test(v))
      return {
        detail: 'not a Secrets Manager secret ARN',
        detailJa: 'Secrets Manager のシークレット ARN ではありません',
      };
    const rest = v.split(':').slice(7);
    if (rest.length > 0 && rest.length !== 3) {
      return {
        detail: 'after the secret name write :json-key:version-stage:version-id, keeping empty fields',
        detailJa:
          'シークレット名の後は :json-key:version-stage:version-id の3つを、空欄もコロンを残して書きます',
      };
    }
    if (rest[1] && rest[2])
      return {
        detail: 'a version stage and a version id cannot both be given',
        detailJa: 'version-stage と version-id は同時に指定できません',
      };
    return undefined;
  }
  if (v.startsWith('arn:')) {
    return SSM_ARN.test(v)
      ? undefined
      : {
          detail: 'not a Secrets Manager or SSM parameter ARN',
          detailJa: 'Secrets Manager や SSM パラメータの ARN ではありません',
        };
  }
  return SSM_NAME.test(v)
    ? undefined
    : { detail: 'not a valid SSM parameter name', detailJa: 'SSM パラメータ名として不正です' };
}

/** Windows limits. */
export function checkPlatform(ctx: TdCtx): void {
  if (!ctx.windows) return;
  const { r, td } = ctx;
  const report = (pointer: string, detail: string, detailJa: string): void =>
    r.report(windowsLimits, pointer, { detail, detailJa });
  if (str(get(get(td, 'runtimePlatform'), 'cpuArchitecture')) === 'ARM64') {
    report(
      '/runtimePlatform/cpuArchitecture',
      'Windows supports X86_64 only, not ARM64.',
      'Windows は X86_64 のみで、ARM64 は使えません。',
    );
  }
  if (has(td, 'ipcMode'))
    report('/ipcMode', 'ipcMode is not supported on Windows.', 'Windows では ipcMode を使えません。');
  if (has(td, 'pidMode'))
    report('/pidMode', 'pidMode is not supported on Windows.', 'Windows では pidMode を使えません。');
  const cpu = parseTaskCpu(get(td, 'cpu'));
  if (ctx.fargate && cpu !== undefined && fargateCpuSize(cpu)?.windows === false) {
    report(
      '/cpu',
      'Windows on Fargate needs task cpu from 1 vCPU to 4 vCPU.',
      'Fargate の Windows はタスク cpu が 1〜4 vCPU です。',
    );
  }
}
