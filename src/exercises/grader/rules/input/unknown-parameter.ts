/** Rule input/unknown-parameter: No keys the API does not know (typos, wrong case). */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/unknown-parameter',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  quotesAws: true,
  summary: {
    ja: 'API が知らないキーがないこと（綴りや大文字小文字の誤り）',
    en: 'No keys the API does not know (typos, wrong case)',
  },
  messages: {
    default: {
      ja: '"{key}" はこの API のパラメータではありません（AWS CLI: Unknown parameter in input: "{key}"）。綴りと大文字小文字を確認してください。',
      en: 'Unknown parameter in input: "{key}". Check its spelling and case.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ familly: 'web' }), messageId: 'default', path: '/familly', line: 44 }],
    pass: [td()],
  };
}
