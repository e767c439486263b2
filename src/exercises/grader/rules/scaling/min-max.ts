/** Rule scaling/min-max: MinCapacity ≤ MaxCapacity. */
import { checkedRule } from '../define.ts';
import { json, scalingTarget, type RuleExamples } from '../example-docs.ts';
import { ALL, SCALING } from './shared.ts';
import { get, num, ptr } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const minMax = checkedRule({
  area: 'scaling',
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
  checks: { target: check, targetAction: check },
});

/** Reports MinCapacity above MaxCapacity in the object at `base` (a target or a scheduled action's ScalableTargetAction). */
function check({ o, base, r }: ScalingCtx): void {
  const min = num(get(o, 'MinCapacity'));
  const max = num(get(o, 'MaxCapacity'));
  if (min !== undefined && max !== undefined && min > max)
    r.report(minMax, ptr(base, 'MinCapacity'), { min, max });
}

export default minMax;

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
