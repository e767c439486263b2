/** Rule taskdef/execution-role-required: A task execution role exists when Fargate uses awslogs or private ECR images, or when secrets are used. */
import { lesson, rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';

export default rule({
  id: 'taskdef/execution-role-required',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'execution-role'),
  quotesAws: true,
  summary: {
    ja: 'Fargate で awslogs・ECR のプライベートイメージを使うとき、またはシークレットを使うときはタスク実行ロールがある',
    en: 'A task execution role exists when Fargate uses awslogs or private ECR images, or when secrets are used',
  },
  messages: { default: { ja: 'executionRoleArn が必要です: {reasonJa}', en: '{reason}' } },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ executionRoleArn: undefined }), messageId: 'default', path: '', line: 1 }],
    pass: [td()],
  };
}
