/** Rule cfn/missing-mapping: Fn::FindInMap names a mapping (and keys) that exist in Mappings. */
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { INTRINSICS } from './shared.ts';

export default rule({
  id: 'cfn/missing-mapping',
  kinds: ['cfn'],
  severity: 'error',
  lesson: INTRINSICS,
  summary: {
    ja: 'Fn::FindInMap が Mappings にあるマッピングとキーを指す',
    en: 'Fn::FindInMap names a mapping (and keys) that exist in Mappings',
  },
  messages: {
    default: {
      ja: 'Mappings に {what} がありません。',
      en: 'Mappings has no {whatEn}.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: specTemplate().replace('!FindInMap [Sizes, prod', '!FindInMap [Size, prod'),
        messageId: 'default',
        path: '/Resources/Service/Properties/DesiredCount/Fn::If/1/Fn::FindInMap/0',
        line: 33,
      },
    ],
    pass: [specTemplate()],
  };
}
