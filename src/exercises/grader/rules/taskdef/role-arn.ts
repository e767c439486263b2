/** Rule taskdef/role-arn: Roles are IAM role names or IAM role ARNs, not placeholders or malformed ARNs. */
import { lesson, rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';

export default rule({
  id: 'taskdef/role-arn',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'execution-role'),
  summary: {
    ja: 'ロールが IAM ロール名か IAM ロールの ARN で、プレースホルダーや壊れた ARN でない',
    en: 'Roles are IAM role names or IAM role ARNs, not placeholders or malformed ARNs',
  },
  messages: {
    default: {
      ja: '{field} "{value}" は IAM ロール名（例 ecsTaskExecutionRole）でも IAM ロールの ARN（arn:aws:iam::123456789012:role/名前）でもありません。',
      en: '{field} "{value}" is neither an IAM role name (such as ecsTaskExecutionRole) nor an IAM role ARN (arn:aws:iam::123456789012:role/name).',
    },
  },
  aws: {
    quote:
      'The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this task can assume.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({ executionRoleArn: 'arn:aws:iam::<ACCOUNT_ID>:role/ecsTaskExecutionRole' }),
        messageId: 'default',
        path: '/executionRoleArn',
        line: 9,
      },
    ],
    pass: [td({ executionRoleArn: 'ecsTaskExecutionRole', taskRoleArn: 'web-task-role' })],
  };
}
