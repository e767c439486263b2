/** Rule input/duplicate-key: No key appears twice in one object. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/duplicate-key',
  kinds: ALL_KINDS,
  severity: 'warning',
  lesson: CLI,
  summary: { ja: '同じオブジェクトに同じキーが2回出てこないこと', en: 'No key appears twice in one object' },
  messages: {
    default: {
      ja: 'キー "{key}" が重複しています。後の値だけが使われ、前の値は黙って捨てられます。',
      en: 'Duplicate key "{key}". Only the last value is used; the earlier one is silently dropped.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: '{"family": "a", "family": "b", "containerDefinitions": []}',
        messageId: 'default',
        path: '/family',
        line: 1,
      },
    ],
    pass: [td()],
  };
}
