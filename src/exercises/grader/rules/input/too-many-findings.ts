/** Rule input/too-many-findings: An input with very many findings shows only the first 500 (errors first). */
import { rule } from '../define.ts';
import { json, td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/too-many-findings',
  kinds: ALL_KINDS,
  severity: 'info',
  lesson: CLI,
  summary: {
    ja: '指摘が多すぎる入力では、最初の 500 件（エラー優先）だけを示すこと',
    en: 'An input with very many findings shows only the first 500 (errors first)',
  },
  messages: {
    default: {
      ja: '指摘が {count} 件あるため、最初の {shown} 件（エラー優先）だけを示しています。上から直してください。',
      en: 'This input has {count} findings; only the first {shown} are shown (errors first). Fix them from the top.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json({ family: 'many', containerDefinitions: Array.from({ length: 600 }, () => ({})) }),
        messageId: 'default',
        path: '',
        line: 1,
      },
    ],
    pass: [td()],
  };
}
