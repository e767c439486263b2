/** Rule input/wrong-type: Types are right (task cpu/memory are strings, container cpu/memory are integers, …). */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/wrong-type',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: {
    ja: '型が正しいこと（タスクの cpu/memory は文字列、コンテナの cpu/memory は整数など）',
    en: 'Types are right (task cpu/memory are strings, container cpu/memory are integers, …)',
  },
  messages: {
    default: { ja: '{param} は {expected} でなければなりません。', en: '{param} must be {expected}.' },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      { src: td({}, { cpu: '256' }), messageId: 'default', path: '/containerDefinitions/0/cpu', line: 42 },
    ],
    pass: [td()],
  };
}
