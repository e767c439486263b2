/** Rule input/missing-required: Required keys are present. */
import { rule } from '../define.ts';
import { container, json, td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/missing-required',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: { ja: '必須のキーがあること', en: 'Required keys are present' },
  messages: {
    default: { ja: '必須のキー "{key}" がありません。', en: 'The required key "{key}" is missing.' },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: json({ containerDefinitions: [container()] }), messageId: 'default', path: '', line: 1 }],
    pass: [td()],
  };
}
