/** Rule taskdef/role-arn: Roles are IAM role names or IAM role ARNs, not placeholders or malformed ARNs. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { get, ptr, str } from '../../value.ts';
import type { TdCtx } from './context.ts';

const roleArnFormat = checkedRule({
  area: 'taskdef',
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
  checks: { taskPractice: check },
});

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** An IAM role name: up to 64 of letters, digits and + = , . @ _ - (IAM CreateRole, RoleName). */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/** Reports an execution or task role that is neither a role ARN nor a role name. */
function check(ctx: TdCtx): void {
  for (const field of ['executionRoleArn', 'taskRoleArn'] as const) {
    const v = str(get(ctx.td, field));
    // RegisterTaskDefinition takes "the short name or full ARN of the IAM role"; a CloudFormation
    // `!Ref Role` is a name too. Placeholders (<ACCOUNT_ID>, {{role}}) match neither form.
    const ok = v === undefined || ROLE_ARN.test(v) || (!v.startsWith('arn:') && ROLE_NAME.test(v));
    if (!ok) ctx.r.report(roleArnFormat, ptr('', field), { field, value: v });
  }
}

export default roleArnFormat;

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
