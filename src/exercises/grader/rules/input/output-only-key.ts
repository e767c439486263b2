/** Rule input/output-only-key: No output-only keys from describe output (taskDefinitionArn, revision, status, …) and no taskDefinition wrapper. */
import { rule } from '../define.ts';
import { fargateTd, json, td, type RuleExamples } from '../example-docs.ts';
import { CLI } from './shared.ts';

export default rule({
  id: 'input/output-only-key',
  kinds: ['taskdef', 'service', 'scaling-target', 'scaling-policy', 'scheduled-action'],
  severity: 'error',
  lesson: CLI,
  quotesAws: true,
  summary: {
    ja: 'describe の出力にだけあるキー（taskDefinitionArn、revision、status など）や taskDefinition の外枠がないこと',
    en: 'No output-only keys from describe output (taskDefinitionArn, revision, status, …) and no taskDefinition wrapper',
  },
  messages: {
    default: {
      ja: '"{key}" は describe の出力にだけ現れるキーで、入力には使えません（AWS CLI: Unknown parameter in input: "{key}"）。削除してください。',
      en: 'Unknown parameter in input: "{key}". It appears only in describe output; remove it.',
    },
    'dropped-by-action': {
      ja: '"{key}" は describe の出力にだけ現れるキーで、入力には使えません（AWS CLI: Unknown parameter in input: "{key}"）。削除してください。（公式の GitHub Action aws-actions/amazon-ecs-deploy-task-definition は警告付きで削除します。その経路なら --target github-action で採点してください。）',
      en: 'Unknown parameter in input: "{key}". It appears only in describe output; remove it. (The official GitHub Action aws-actions/amazon-ecs-deploy-task-definition drops it with a warning: grade with --target github-action for that path.)',
    },
  },
  note: {
    ja: 'aws ecs register-task-definition --cli-input-json はこのキーで失敗します。公式の GitHub Action（aws-actions/amazon-ecs-deploy-task-definition）は登録前にこれらのキーを警告付きで削除するので、そのアクションで使うファイルは --target github-action で採点してください。',
    en: 'aws ecs register-task-definition --cli-input-json fails on these keys. The official GitHub Action (aws-actions/amazon-ecs-deploy-task-definition) removes them with a warning before it registers, so grade files for that action with --target github-action.',
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json({ taskDefinition: fargateTd({ revision: 3 }) }),
        messageId: 'default',
        path: '/taskDefinition',
        line: 2,
      },
      { src: td({ revision: 3 }), messageId: 'dropped-by-action', path: '/revision', line: 44 },
    ],
    pass: [td()],
  };
}
