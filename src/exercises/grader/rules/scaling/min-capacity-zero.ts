/** Rule scaling/min-capacity-zero: MinCapacity of at least 1 is recommended (0 stops the metrics). */
import { checkedRule } from '../define.ts';
import { json, scalingTarget, type RuleExamples } from '../example-docs.ts';
import { SCALING } from './shared.ts';
import { get, num } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const minZero = checkedRule({
  area: 'scaling',
  id: 'scaling/min-capacity-zero',
  kinds: ['scaling-target', 'cfn'],
  severity: 'info',
  lesson: SCALING,
  summary: {
    ja: 'MinCapacity は 1 以上を推奨（0 だとメトリクスが途切れる）',
    en: 'MinCapacity of at least 1 is recommended (0 stops the metrics)',
  },
  messages: {
    default: {
      ja: 'MinCapacity が 0 です。タスクが 0 になると CPU などのメトリクスが出なくなり、ターゲット追跡がスケールアウトのきっかけを失います。',
      en: 'MinCapacity is 0. With no tasks the service publishes no CPU or memory metrics, so target tracking has nothing to scale out on.',
    },
  },
  checks: { target: check },
});

/** Reports a scalable target with MinCapacity 0. */
function check({ o, r }: ScalingCtx): void {
  if (num(get(o, 'MinCapacity')) === 0) r.report(minZero, '/MinCapacity');
}

export default minZero;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      { src: json(scalingTarget({ MinCapacity: 0 })), messageId: 'default', path: '/MinCapacity', line: 5 },
    ],
    pass: [json(scalingTarget())],
  };
}
