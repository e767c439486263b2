/** Rule cfn/property-type: Property values have the type the specification expects (string, number, boolean, list, object), intrinsic functions and parameter types included. */
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { TEMPLATE } from './shared.ts';

export default rule({
  id: 'cfn/property-type',
  kinds: ['cfn'],
  severity: 'error',
  lesson: TEMPLATE,
  summary: {
    ja: 'プロパティの値の型（文字列・数値・真偽値・リスト・オブジェクト）が仕様と合う。組み込み関数とパラメータの型も考慮する',
    en: 'Property values have the type the specification expects (string, number, boolean, list, object), intrinsic functions and parameter types included',
  },
  messages: {
    default: {
      ja: '{property} には{expectedJa}が必要ですが、{actualJa}が指定されています。',
      en: '{property} needs {expected}, but this is {actual}.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: specTemplate('      EnableExecuteCommand: [true]'),
        messageId: 'default',
        path: '/Resources/Service/Properties/EnableExecuteCommand',
        line: 40,
      },
    ],
    pass: [specTemplate('      EnableExecuteCommand: true')],
  };
}
