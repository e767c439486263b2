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
        r.report(
          awslogsOptions,
          has(lc, 'options') ? ptr(lp, 'options') : lp,
          { missing: missing.join(', ') },
          prefixOnly ? 'fargate-stream-prefix' : 'default',
        );
      }
    }
    if (driver === 'awsfirelens' && !hasRouter) {
      r.report(firelens, ptr(lp, 'logDriver'));
    }
    const fl = get(c, 'firelensConfiguration');
    if (ctx.fargate && str(get(get(fl, 'options'), 'config-file-type')) === 's3') {
      r.report(
        firelens,
        ptr(p, 'firelensConfiguration', 'options', 'config-file-type'),
        {},
        'fargate-s3-config',
      );
    }
    if (ctx.windows && fl !== undefined)
      r.report(windowsLimits, ptr(p, 'firelensConfiguration'), {}, 'firelens');
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
    r.report(executionRoleRequired, '');
  }
  if (ctx.fargate && ecr) {
    r.report(executionRoleRequired, '', {}, 'ecr');
  }
  if (secrets) {
    r.report(executionRoleRequired, '', {}, 'secrets');
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
        if (problem) ctx.r.report(secretValueFrom, ptr(base, j, 'valueFrom'), { value }, problem);
      });
    }
  }
}

/** The taskdef/secret-value-from message id for a malformed valueFrom, or undefined. */
function secretProblem(v: string): string | undefined {
  if (v.startsWith('arn:') && v.includes(':secretsmanager:')) {
    if (!SM_ARN.test(v)) return 'secrets-manager-arn';
    const rest = v.split(':').slice(7);
    if (rest.length > 0 && rest.length !== 3) return 'default';
    if (rest[1] && rest[2]) return 'stage-and-id';
    return undefined;
  }
  if (v.startsWith('arn:')) return SSM_ARN.test(v) ? undefined : 'arn';
  return SSM_NAME.test(v) ? undefined : 'parameter-name';
}

/** Windows limits. */
export function checkPlatform(ctx: TdCtx): void {
  if (!ctx.windows) return;
  const { r, td } = ctx;
  if (str(get(get(td, 'runtimePlatform'), 'cpuArchitecture')) === 'ARM64')
    r.report(windowsLimits, '/runtimePlatform/cpuArchitecture', {}, 'arm64');
  if (has(td, 'ipcMode')) r.report(windowsLimits, '/ipcMode', {}, 'ipc-mode');
  if (has(td, 'pidMode')) r.report(windowsLimits, '/pidMode', {}, 'pid-mode');
  const cpu = parseTaskCpu(get(td, 'cpu'));
  if (ctx.fargate && cpu !== undefined && fargateCpuSize(cpu)?.windows === false)
    r.report(windowsLimits, '/cpu');
}
