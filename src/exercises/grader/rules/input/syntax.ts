/** Rule input/syntax: The input parses as JSON or YAML. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/syntax',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: { ja: 'JSON または YAML として読めること', en: 'The input parses as JSON or YAML' },
  messages: { default: { ja: '構文エラー: {detail}', en: 'Syntax error: {detail}' } },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: '{"family": "web",', messageId: 'default', path: '', line: 1 }],
    pass: [td()],
  };
}
