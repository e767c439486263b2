/** Rule input/invalid-value: Values are within the allowed range, format or choices. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS, CLI } from './shared.ts';

export default rule({
  id: 'input/invalid-value',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: {
    ja: '値が許される範囲・形式・選択肢に収まること',
    en: 'Values are within the allowed range, format or choices',
  },
  messages: {
    default: { ja: '{param} の値が不正です: {detail}', en: 'Invalid value for {param}: {detail}' },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { portMappings: [{ containerPort: 80, protocol: 'http' }] }),
        messageId: 'default',
        path: '/containerDefinitions/0/portMappings/0/protocol',
        line: 19,
      },
    ],
    pass: [td()],
  };
}
