/** Rule input/too-deep: Nesting is not too deep (100 levels at most). */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/too-deep',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: { ja: '入れ子が深すぎないこと（100 段まで）', en: 'Nesting is not too deep (100 levels at most)' },
  messages: {
    default: {
      ja: '入れ子が深すぎます（100 段を超えています）。',
      en: 'The input is too deeply nested (more than 100 levels).',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: '{"family": ' + '['.repeat(150) + ']'.repeat(150) + '}',
        messageId: 'default',
        path: '',
        line: 1,
      },
    ],
    pass: [td()],
  };
}
