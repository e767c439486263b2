/** Rule cfn/unknown-property: Resource property names exist in the CloudFormation specification (case included). */
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { TEMPLATE } from './shared.ts';

export default rule({
  id: 'cfn/unknown-property',
  kinds: ['cfn'],
  severity: 'error',
  lesson: TEMPLATE,
  summary: {
    ja: 'リソースのプロパティ名が CloudFormation の仕様にある（大文字・小文字も含めて）',
    en: 'Resource property names exist in the CloudFormation specification (case included)',
  },
  messages: {
    default: {
      ja: '{where} に {property} というプロパティはありません。{hintJa}',
      en: '{where} has no property {property}.{hint}',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: specTemplate('      Foo: bar'),
        messageId: 'default',
        path: '/Resources/Service/Properties/Foo',
        line: 40,
      },
    ],
    pass: [specTemplate()],
  };
}
