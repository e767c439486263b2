/** Rule input/too-many-nodes: YAML aliases do not expand into a huge document. */
import { rule } from '../define.ts';
import { aliasBomb, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/too-many-nodes',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: {
    ja: 'YAML のエイリアス展開が大きすぎないこと',
    en: 'YAML aliases do not expand into a huge document',
  },
  messages: {
    default: {
      ja: 'YAML のエイリアスを展開すると値が多すぎます（10 万個を超えています）。',
      en: 'Expanding the YAML aliases gives too many values (more than 100,000).',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    kind: 'taskdef',
    fail: [{ src: aliasBomb(), messageId: 'default', path: '/e/7/0/7/0/7', line: 2 }],
    pass: ['family: ok\ncontainerDefinitions: []'],
  };
}
