/** Rule cfn/undefined-condition: Fn::If and Condition name conditions defined in the Conditions section. */
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { INTRINSICS } from './shared.ts';

export default rule({
  id: 'cfn/undefined-condition',
  kinds: ['cfn'],
  severity: 'error',
  lesson: INTRINSICS,
  summary: {
    ja: 'Fn::If や Condition が Conditions セクションにある条件を指す',
    en: 'Fn::If and Condition name conditions defined in the Conditions section',
  },
  messages: {
    default: {
      ja: '条件 "{name}" は Conditions セクションにありません。',
      en: 'The Conditions section has no condition "{name}".',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: specTemplate().replace('!If [IsProd, DISABLED', '!If [IsProduction, DISABLED'),
        messageId: 'default',
        path: '/Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/AssignPublicIp/Fn::If/0',
        line: 37,
      },
    ],
    pass: [specTemplate()],
  };
}
