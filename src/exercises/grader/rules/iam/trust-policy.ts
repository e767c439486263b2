/** Rule iam/trust-policy: Task and execution roles trust ecs-tasks.amazonaws.com. */
import { checkedRule } from '../define.ts';
import { template, type RuleExamples } from '../example-docs.ts';
import { IAM } from './shared.ts';
import { ptr } from '../../value.ts';
import type { RoleCtx } from './context.ts';

const trustPolicy = checkedRule({
  area: 'iam',
  id: 'iam/trust-policy',
  kinds: ['cfn'],
  severity: 'error',
  lesson: IAM,
  summary: {
    ja: 'タスクロールとタスク実行ロールが ecs-tasks.amazonaws.com を信頼する',
    en: 'Task and execution roles trust ecs-tasks.amazonaws.com',
  },
  messages: {
    default: {
      ja: 'ロール {role} の信頼ポリシーに ecs-tasks.amazonaws.com がありません。ECS がロールを引き受けられず、タスクは起動できません。',
      en: 'Role {role} does not trust ecs-tasks.amazonaws.com, so ECS cannot assume it and tasks cannot start.',
    },
  },
  checks: { role: check },
});

/** Reports a task or execution role whose trust policy does not name ecs-tasks.amazonaws.com. */
function check({ role, r }: RoleCtx): void {
  if (role && !role.trustsEcsTasks)
    r.report(trustPolicy, ptr('/Resources', role.id, 'Properties', 'AssumeRolePolicyDocument'), {
      role: role.id,
    });
}

export default trustPolicy;

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
          - { Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }`,
        ),
        messageId: 'default',
        path: '/Resources/TaskRole/Properties/AssumeRolePolicyDocument',
        line: 63,
      },
    ],
    pass: [template()],
  };
}
