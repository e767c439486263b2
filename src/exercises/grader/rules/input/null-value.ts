/** Rule input/null-value: No value is null (common when describe output is pasted). */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { API_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/null-value',
  kinds: API_KINDS,
  severity: 'error',
  lesson: CLI,
  quotesAws: true,
  summary: {
    ja: 'null を値にしないこと（describe の出力を貼り付けたときに多い）',
    en: 'No value is null (common when describe output is pasted)',
  },
  messages: {
    default: {
      ja: 'null は使えません。キーごと削除してください。AWS CLI のエラー: Invalid type for parameter {param}, value: None',
      en: 'Invalid type for parameter {param}, value: None. Remove the key instead of setting it to null.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ taskRoleArn: null }), messageId: 'default', path: '/taskRoleArn', line: 10 }],
    pass: [td()],
  };
}
