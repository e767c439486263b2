/** Rule taskdef/role-mixup: Task role and task execution role are not swapped or the same role. */
import { checkedRule, lesson } from '../define.ts';
import { EXEC, td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { get, str } from '../../value.ts';
import type { TdCtx } from './context.ts';

const roleMixup = checkedRule({
  area: 'taskdef',
  id: 'taskdef/role-mixup',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'execution-role'),
  summary: {
    ja: 'タスクロールとタスク実行ロールを取り違えない・同じロールにしない',
    en: 'Task role and task execution role are not swapped or the same role',
  },
  messages: {
    default: {
      ja: 'taskRoleArn と executionRoleArn が同じロールです。アプリケーションが ECS 用の権限（イメージ取得やシークレット）まで持ちます。ロールを分けてください。',
      en: 'taskRoleArn and executionRoleArn are the same role, so the application gets ECS’s permissions (image pulls, secrets). Use two roles.',
    },
    swapped: {
      ja: 'ロール名が逆に見えます。executionRoleArn は ECS 用（イメージ取得・ログ・シークレット）、taskRoleArn はアプリケーション用です。',
      en: 'The role names look swapped: executionRoleArn is for ECS (pull images, write logs, read secrets); taskRoleArn is for your application.',
    },
  },
  checks: { taskPractice: check },
});

/** Reports the same role as execution and task role, or names that suggest the two are swapped. */
function check(ctx: TdCtx): void {
  const exec = str(get(ctx.td, 'executionRoleArn'));
  const task = str(get(ctx.td, 'taskRoleArn'));
  if (exec && task && exec === task) ctx.r.report(roleMixup, '/taskRoleArn');
  else if (exec && task && /task-?role/i.test(exec) && /execution/i.test(task))
    ctx.r.report(roleMixup, '/executionRoleArn', {}, 'swapped');
}

export default roleMixup;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ taskRoleArn: EXEC }), messageId: 'default', path: '/taskRoleArn', line: 10 }],
    pass: [td()],
  };
}
