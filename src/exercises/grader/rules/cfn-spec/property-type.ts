/** Rule cfn/property-type: Property values have the type the specification expects (string, number, boolean, list, object), intrinsic functions and parameter types included. */
import type { Bilingual } from '../../types.ts';
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { TEMPLATE } from './shared.ts';

/** Names of value types in both languages, filled into the message as {expected} and {actual}. */
export const TYPE_WORDS = {
  integer: { ja: '整数', en: 'an integer' },
  number: { ja: '数値', en: 'a number' },
  boolean: { ja: '真偽値（true か false）', en: 'a boolean (true or false)' },
  string: { ja: '文字列', en: 'a string' },
  scalar: { ja: '単一の値（文字列・数値・真偽値）', en: 'a single value (string, number or boolean)' },
  list: { ja: 'リスト', en: 'a list' },
  object: { ja: 'オブジェクト', en: 'an object' },
  any: { ja: '任意の値', en: 'any value' },
} as const satisfies Readonly<Record<string, Bilingual>>;

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
