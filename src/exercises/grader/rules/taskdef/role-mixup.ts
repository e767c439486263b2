/** Rule taskdef/role-mixup: Task role and task execution role are not swapped or the same role. */
import { lesson, rule } from '../define.ts';
import { EXEC, td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';

export default rule({
  id: 'taskdef/role-mixup',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'execution-role'),
  summary: {
    ja: 'タスクロールとタスク実行ロールを取り違えない・同じロールにしない',
    en: 'Task role and task execution role are not swapped or the same role',
  },
  messages: { default: { ja: '{detailJa}', en: '{detail}' } },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ taskRoleArn: EXEC }), messageId: 'default', path: '/taskRoleArn', line: 10 }],
    pass: [td()],
  };
}
