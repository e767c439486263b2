/** Rule iam/task-role-execution-policy: The task role does not carry AmazonECSTaskExecutionRolePolicy. */
import { checkedRule } from '../define.ts';
import { template, type RuleExamples } from '../example-docs.ts';
import { IAM } from './shared.ts';
import { ptr } from '../../value.ts';
import { hasManagedExecutionPolicy } from './roles.ts';
import type { RoleCtx } from './context.ts';

const taskRoleExecutionPolicy = checkedRule({
  area: 'iam',
  id: 'iam/task-role-execution-policy',
  kinds: ['cfn'],
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'タスクロールに AmazonECSTaskExecutionRolePolicy を付けない',
    en: 'The task role does not carry AmazonECSTaskExecutionRolePolicy',
  },
  messages: {
    default: {
      ja: 'タスクロール {role} に AmazonECSTaskExecutionRolePolicy が付いています。これはタスク実行ロール用です。アプリケーションに ECR やログの権限は不要です。',
      en: 'Task role {role} has AmazonECSTaskExecutionRolePolicy, which belongs on the execution role; the application does not need ECR or logs permissions.',
    },
  },
  checks: { taskRole: check },
});

/** Reports a task role that has the managed task execution policy attached. */
function check({ role: task, r }: RoleCtx): void {
  if (task && hasManagedExecutionPolicy(task))
    r.report(taskRoleExecutionPolicy, ptr('/Resources', task.id, 'Properties', 'ManagedPolicyArns'), {
      role: task.id,
    });
}

export default taskRoleExecutionPolicy;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: template(
          `      TaskRoleArn: !GetAtt TaskRole.Arn`,
          '',
          `  TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { Service: ecs-tasks.amazonaws.com }, Action: sts:AssumeRole }
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy`,
        ),
        messageId: 'default',
        path: '/Resources/TaskRole/Properties/ManagedPolicyArns',
        line: 67,
      },
    ],
    pass: [template()],
  };
}
