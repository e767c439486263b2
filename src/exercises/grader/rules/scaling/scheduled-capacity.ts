/** Rule scaling/scheduled-capacity: ScalableTargetAction sets MinCapacity or MaxCapacity. */
import { checkedRule, lesson } from '../define.ts';
import { json, scheduledAction, type RuleExamples } from '../example-docs.ts';
import { get, has, isObj, ptr } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const scheduledCapacity = checkedRule({
  area: 'scaling',
  id: 'scaling/scheduled-capacity',
  kinds: ['scheduled-action', 'cfn'],
  severity: 'error',
  lesson: lesson('04-services-autoscaling', 'scheduled-scaling'),
  summary: {
    ja: 'ScalableTargetAction に MinCapacity か MaxCapacity がある',
    en: 'ScalableTargetAction sets MinCapacity or MaxCapacity',
  },
  messages: {
    default: {
      ja: 'ScalableTargetAction に MinCapacity も MaxCapacity もありません。',
      en: 'ScalableTargetAction sets neither MinCapacity nor MaxCapacity.',
    },
  },
  checks: { scheduledAction: check },
});

/** Reports a ScalableTargetAction that sets neither MinCapacity nor MaxCapacity. */
function check({ o, base, r }: ScalingCtx): void {
  const action = get(o, 'ScalableTargetAction');
  if (isObj(action) && !has(action, 'MinCapacity') && !has(action, 'MaxCapacity'))
    r.report(scheduledCapacity, ptr(base, 'ScalableTargetAction'));
}

export default scheduledCapacity;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(scheduledAction({ ScalableTargetAction: {} })),
        messageId: 'default',
        path: '/ScalableTargetAction',
        line: 8,
      },
    ],
    pass: [json(scheduledAction())],
  };
}
