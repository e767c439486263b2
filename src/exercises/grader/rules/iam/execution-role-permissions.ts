/** Rule iam/execution-role-permissions: The task execution role can do what the task definition needs (secrets, ECR pulls, awslogs). */
import { rule } from '../define.ts';
import { template, type RuleExamples } from '../example-docs.ts';
import { IAM } from './shared.ts';

export default rule({
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
});

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
