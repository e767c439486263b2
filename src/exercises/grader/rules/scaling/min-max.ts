/** Rule scaling/min-max: MinCapacity ≤ MaxCapacity. */
import { rule } from '../define.ts';
import { json, scalingTarget, type RuleExamples } from '../example-docs.ts';
import { ALL, SCALING } from './shared.ts';

export default rule({
  id: 'scaling/min-max',
  kinds: ALL,
  severity: 'error',
  lesson: SCALING,
  summary: { ja: 'MinCapacity ≤ MaxCapacity', en: 'MinCapacity ≤ MaxCapacity' },
  messages: {
    default: {
      ja: 'MinCapacity {min} が MaxCapacity {max} より大きくなっています。',
      en: 'MinCapacity {min} is greater than MaxCapacity {max}.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(scalingTarget({ MinCapacity: 10, MaxCapacity: 2 })),
        messageId: 'default',
        path: '/MinCapacity',
        line: 5,
      },
    ],
    pass: [json(scalingTarget())],
  };
}
