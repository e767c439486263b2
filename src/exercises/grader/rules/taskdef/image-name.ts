/** Rule taskdef/image-name: image uses only the characters AWS allows (letters, digits, - _ : . / #, and @ for a digest), at most 255; no pipeline placeholder such as <IMAGE1_NAME> or {{image}} is left. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { CONTAINERS, TD } from './shared.ts';

export default rule({
  id: 'taskdef/image-name',
  kinds: TD,
  severity: 'error',
  lesson: CONTAINERS,
  summary: {
    ja: 'image が AWS の許す文字（英数字・- _ : . / #、ダイジェストの @）だけで 255 文字以内。<IMAGE1_NAME> や {{image}} のようなパイプラインのプレースホルダーが残っていない',
    en: 'image uses only the characters AWS allows (letters, digits, - _ : . / #, and @ for a digest), at most 255; no pipeline placeholder such as <IMAGE1_NAME> or {{image}} is left',
  },
  messages: { default: { ja: '{detailJa}', en: '{detail}' } },
  aws: {
    quote:
      'For images using tags (repository-url/image:tag), up to 255 characters total are allowed, including letters (uppercase and lowercase), numbers, hyphens, underscores, colons, periods, forward slashes, and number signs (#).',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { image: '<IMAGE1_NAME>' }),
        messageId: 'default',
        path: '/containerDefinitions/0/image',
        line: 14,
      },
    ],
    pass: [td({}, { image: '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/web:1.4.2' })],
  };
}
