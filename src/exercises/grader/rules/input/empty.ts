/** Rule input/empty: The input is not empty. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/empty',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: { ja: '入力が空でないこと', en: 'The input is not empty' },
  messages: { default: { ja: '入力が空です。', en: 'The input is empty.' } },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: '  \n', messageId: 'default', path: '', line: 1 }],
    pass: [td()],
  };
}
