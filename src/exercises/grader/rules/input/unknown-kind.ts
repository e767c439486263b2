/** Rule input/unknown-kind: The kind of input (task definition, service, …) can be told. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/unknown-kind',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: {
    ja: '入力の種類（タスク定義・サービスなど）を判別できること',
    en: 'The kind of input (task definition, service, …) can be told',
  },
  messages: {
    default: {
      ja: '入力の種類を判別できません。--kind で指定してください。',
      en: 'Cannot tell what kind of input this is. Pass --kind.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: '{"hello": "world"}', messageId: 'default', path: '', line: 1 }],
    pass: [td()],
  };
}
