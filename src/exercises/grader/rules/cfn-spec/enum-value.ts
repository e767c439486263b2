/** Rule cfn/enum-value: Properties with a fixed set of values use one of them (case included). */
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { TEMPLATE } from './shared.ts';

export default rule({
  id: 'cfn/enum-value',
  kinds: ['cfn'],
  severity: 'error',
  lesson: TEMPLATE,
  summary: {
    ja: '選択肢が決まっているプロパティの値が仕様の選択肢のどれかと一致する（大文字・小文字も含めて）',
    en: 'Properties with a fixed set of values use one of them (case included)',
  },
  messages: {
    default: {
      ja: '{property} の値 "{value}" は使えません。使える値: {allowed}。',
      en: '{property} cannot be "{value}". Allowed: {allowed}.',
    },
    'did-you-mean': {
      ja: '{property} の値 "{value}" は使えません。使える値: {allowed}。{suggestion} のことではありませんか。',
      en: '{property} cannot be "{value}". Allowed: {allowed}. Did you mean {suggestion}?',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: specTemplate().replace('LaunchType: FARGATE', 'LaunchType: Fargate'),
        messageId: 'did-you-mean',
        path: '/Resources/Service/Properties/LaunchType',
        line: 32,
      },
    ],
    pass: [specTemplate()],
  };
}
