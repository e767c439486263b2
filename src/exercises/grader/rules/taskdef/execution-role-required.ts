/** Rule taskdef/execution-role-required: A task execution role exists when Fargate uses awslogs or private ECR images, or when secrets are used. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { arr, get, has, str } from '../../value.ts';
import { type TdCtx, isPrivateEcr } from './context.ts';

const executionRoleRequired = checkedRule({
  area: 'taskdef',
  id: 'taskdef/execution-role-required',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'execution-role'),
  quotesAws: true,
  summary: {
    ja: 'Fargate で awslogs・ECR のプライベートイメージを使うとき、またはシークレットを使うときはタスク実行ロールがある',
    en: 'A task execution role exists when Fargate uses awslogs or private ECR images, or when secrets are used',
  },
  messages: {
    default: {
      ja: 'executionRoleArn が必要です: Fargate で awslogs を使うにはタスク実行ロールが要ります（AWS: Fargate requires task definition to have execution role ARN to support log driver awslogs.）',
      en: 'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
    },
    ecr: {
      ja: 'executionRoleArn が必要です: Fargate で ECR のプライベートイメージを取得するにはタスク実行ロールが要ります（AWS: Fargate requires task definition to have execution role ARN to support ECR images.）',
      en: 'Fargate requires task definition to have execution role ARN to support ECR images.',
    },
    secrets: {
      ja: 'executionRoleArn が必要です: secrets と secretOptions は ECS がタスク実行ロールで取得します。executionRoleArn を追加してください。',
      en: 'secrets and secretOptions are read by ECS with the task execution role; add executionRoleArn.',
    },
  },
  checks: { task: check },
});

/** Reports a task without an execution role that needs one: awslogs or private ECR on Fargate, or secrets. */
function check(ctx: TdCtx): void {
  // A container list alone (Terraform) has its execution role on the task resource.
  if (ctx.partial || has(ctx.td, 'executionRoleArn')) return;
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
  if (ctx.fargate && awslogs) ctx.r.report(executionRoleRequired, '');
  if (ctx.fargate && ecr) ctx.r.report(executionRoleRequired, '', {}, 'ecr');
  if (secrets) ctx.r.report(executionRoleRequired, '', {}, 'secrets');
}

export default executionRoleRequired;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ executionRoleArn: undefined }), messageId: 'default', path: '', line: 1 }],
    pass: [td()],
  };
}
