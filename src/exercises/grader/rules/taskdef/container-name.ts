/** Rule taskdef/container-name: Container names exist, use letters, digits, _ and - (≤255), and are unique. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { CONTAINERS, TD } from './shared.ts';

export default rule({
  id: 'taskdef/container-name',
  kinds: TD,
  severity: 'error',
  lesson: CONTAINERS,
  quotesAws: true,
  summary: {
    ja: 'コンテナ名があり、英数字・_・- の 255 文字以内で、重複しない',
    en: 'Container names exist, use letters, digits, _ and - (≤255), and are unique',
  },
  messages: {
    default: {
      ja: 'コンテナ名が不正です: {detail}（名前がないときの AWS のエラー: Container.name should not be null or empty.）',
      en: 'Invalid container name: {detail}. (A missing name gives: Container.name should not be null or empty.)',
    },
  },
  aws: {
    quote: 'Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { name: 'my app' }),
        messageId: 'default',
        path: '/containerDefinitions/0/name',
        line: 13,
      },
    ],
    pass: [td()],
  };
}
