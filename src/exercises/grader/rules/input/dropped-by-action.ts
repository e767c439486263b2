/** Rule input/dropped-by-action: --target github-action: describe-output keys the GitHub Action removes before registering. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { CLI } from './shared.ts';

export default rule({
  id: 'input/dropped-by-action',
  kinds: ['taskdef'],
  severity: 'info',
  lesson: CLI,
  summary: {
    ja: '--target github-action: GitHub Action が登録前に削除する describe 出力のキー',
    en: '--target github-action: describe-output keys the GitHub Action removes before registering',
  },
  messages: {
    default: {
      ja: '"{key}" は describe の出力にだけあるキーです。aws-actions/amazon-ecs-deploy-task-definition は登録前に警告付きで削除します（"Ignoring property \'{key}\' in the task definition file."）。ファイルから消しておくと警告も出ません。',
      en: '"{key}" appears only in describe output. aws-actions/amazon-ecs-deploy-task-definition removes it with a warning before registering ("Ignoring property \'{key}\' in the task definition file."); delete it from the file to silence that warning.',
    },
  },
  aws: {
    quote:
      'This property is returned by the Amazon ECS DescribeTaskDefinition API and may be shown in the ECS console, but it is not a valid field when registering a new task definition.',
    source: 'https://github.com/aws-actions/amazon-ecs-deploy-task-definition',
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    target: 'github-action',
    fail: [
      {
        src: td({
          taskDefinitionArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/web:3',
          revision: 3,
        }),
        messageId: 'default',
        path: '/taskDefinitionArn',
        line: 44,
      },
    ],
    pass: [td()],
  };
}
