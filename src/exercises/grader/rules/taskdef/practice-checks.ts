/**
 * Best practices: AWS accepts these, but they are known problems (Security Hub ECS controls, the
 * ECS best-practices guide). https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html
 */
import { arr, bool, get, has, ptr, str } from '../../value.ts';
import { imageProblem } from './container-checks.ts';
import { isSidecar, type TdCtx } from './context.ts';
import imageTag from './image-tag.ts';
import noHealthCheck from './no-health-check.ts';
import noLogConfiguration from './no-log-configuration.ts';
import plaintextSecret from './plaintext-secret.ts';
import privileged from './privileged.ts';
import rootUser from './root-user.ts';
import writableRootFs from './writable-root-fs.ts';
import hostNamespaces from './host-namespaces.ts';
import roleMixup from './role-mixup.ts';
import roleArnFormat from './role-arn.ts';
import efsTransitEncryption from './efs-transit-encryption.ts';

const SECRET_NAME =
  /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|ECS_ENGINE_AUTH_DATA)/i;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** An IAM role name: up to 64 of letters, digits and + = , . @ _ - (IAM CreateRole, RoleName). */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/** The taskdef/image-tag message id for an unpinned image reference, or undefined when pinned. */
export function imageTagProblem(image: string): string | undefined {
  if (image.includes('@sha256:')) return undefined;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'default';
  if (image.slice(colon + 1) === 'latest') return 'latest';
  return undefined;
}

/** Best-practice checks. */
export function checkPractices(ctx: TdCtx): void {
  const { r, td } = ctx;
  for (const { c, p, name: n } of ctx.containers) {
    const name = n ?? p;
    const image = str(get(c, 'image'));
    const tag = image && !imageProblem(image) ? imageTagProblem(image) : undefined;
    if (image && tag) r.report(imageTag, ptr(p, 'image'), { image }, tag);
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
    r.report(roleMixup, '/taskRoleArn');
  } else if (exec && task && /task-?role/i.test(exec) && /execution/i.test(task)) {
    r.report(roleMixup, '/executionRoleArn', {}, 'swapped');
  }
}
