/** Rule cfn/unresolved-reference: Ref, GetAtt and DependsOn name resources or parameters that exist. */
import { rule } from '../define.ts';
import { template, type RuleExamples } from '../example-docs.ts';
import { IAC } from './shared.ts';

export default rule({
  id: 'cfn/unresolved-reference',
  kinds: ['cfn'],
  severity: 'error',
  lesson: IAC,
  summary: {
    ja: 'Ref・!GetAtt・DependsOn が実在するリソースやパラメータを指す',
    en: 'Ref, GetAtt and DependsOn name resources or parameters that exist',
  },
  messages: {
    default: {
      ja: '"{target}" というリソースやパラメータはこのテンプレートにありません。',
      en: 'This template has no resource or parameter named "{target}".',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: template('      TaskRoleArn: !GetAtt MissingRole.Arn'),
        messageId: 'default',
        path: '/Resources/TaskDefinition/Properties/TaskRoleArn',
        line: 46,
      },
    ],
    pass: [template()],
  };
}
