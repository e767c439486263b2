/** Rule iam/execution-role-permissions: The task execution role can do what the task definition needs (secrets, ECR pulls, awslogs). */
import { checkedRule } from '../define.ts';
import { template, type RuleExamples } from '../example-docs.ts';
import { IAM } from './shared.ts';
import { arr, get, str } from '../../value.ts';
import { isPrivateEcr } from '../taskdef/context.ts';
import { hasManagedExecutionPolicy } from './roles.ts';
import { allows } from './statements.ts';
import type { ExecutionRoleCtx } from './context.ts';

const executionRolePermissions = checkedRule({
  area: 'iam',
  id: 'iam/execution-role-permissions',
  kinds: ['cfn'],
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'タスク実行ロールに、タスク定義が使うもの（シークレット・ECR・awslogs）の権限がある',
    en: 'The task execution role can do what the task definition needs (secrets, ECR pulls, awslogs)',
  },
  messages: {
    default: {
      ja: 'タスク実行ロール {role} に {permission} の権限が見当たりません。登録はできますが、タスクは起動に失敗します。',
      en: 'Task execution role {role} does not seem to allow {permission}. Registration works, but tasks will fail to start.',
    },
  },
  checks: { executionRole: check },
});

/** Reports each permission the task definition `td` needs from its execution role `role` that the role lacks (at `at`). */
function check({ td, role, at, r }: ExecutionRoleCtx): void {
  const managedExec = hasManagedExecutionPolicy(role);
  const needs: string[] = [];
  let usesSm = false;
  let usesSsm = false;
  let usesUnknown = false;
  for (const c of arr(get(td, 'ContainerDefinitions'))) {
    const secrets = [...arr(get(c, 'Secrets')), ...arr(get(get(c, 'LogConfiguration'), 'SecretOptions'))];
    for (const s of secrets) {
      const from = get(s, 'ValueFrom');
      if (typeof from !== 'string') usesUnknown = true;
      else if (from.includes(':secretsmanager:')) usesSm = true;
      else usesSsm = true;
    }
    const image = str(get(c, 'Image'));
    if (image && isPrivateEcr(image) && !managedExec && !allows(role.statements, 'ecr:BatchGetImage'))
      needs.push('ecr:GetAuthorizationToken, ecr:BatchGetImage, ecr:GetDownloadUrlForLayer');
    if (
      str(get(get(c, 'LogConfiguration'), 'LogDriver')) === 'awslogs' &&
      !managedExec &&
      !allows(role.statements, 'logs:PutLogEvents')
    )
      needs.push('logs:CreateLogStream, logs:PutLogEvents');
  }
  if (usesSm && !allows(role.statements, 'secretsmanager:GetSecretValue'))
    needs.push('secretsmanager:GetSecretValue');
  if (usesSsm && !allows(role.statements, 'ssm:GetParameters')) needs.push('ssm:GetParameters');
  if (
    usesUnknown &&
    !allows(role.statements, 'secretsmanager:GetSecretValue') &&
    !allows(role.statements, 'ssm:GetParameters')
  ) {
    needs.push('secretsmanager:GetSecretValue or ssm:GetParameters');
  }
  for (const permission of new Set(needs))
    r.report(executionRolePermissions, at, { role: role.id, permission });
}

export default executionRolePermissions;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: template(`          Secrets:
            - Name: DB_PASSWORD
              ValueFrom: arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf`),
        messageId: 'default',
        path: '/Resources/TaskDefinition/Properties/ExecutionRoleArn',
        line: 30,
      },
    ],
    pass: [template()],
  };
}
