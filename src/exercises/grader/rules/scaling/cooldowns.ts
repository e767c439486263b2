/** Rule scaling/cooldowns: The scale-in cooldown is at least the scale-out cooldown. */
import { checkedRule } from '../define.ts';
import { json, targetTrackingPolicy, type RuleExamples } from '../example-docs.ts';
import { SCALING } from './shared.ts';
import { get, num, ptr } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const cooldowns = checkedRule({
  area: 'scaling',
  id: 'scaling/cooldowns',
  kinds: ['scaling-policy', 'target-tracking-configuration', 'cfn'],
  severity: 'warning',
  lesson: SCALING,
  summary: {
    ja: 'スケールインのクールダウンがスケールアウト以上',
    en: 'The scale-in cooldown is at least the scale-out cooldown',
  },
  messages: {
    default: {
      ja: 'ScaleInCooldown {in} 秒が ScaleOutCooldown {out} 秒より短いと、増やした直後に減らしてしまい揺れやすくなります。',
      en: 'ScaleInCooldown ({in} s) shorter than ScaleOutCooldown ({out} s) removes tasks right after adding them and makes the service flap.',
    },
  },
  checks: { targetTracking: check },
});

/** Reports a scale-in cooldown shorter than the scale-out cooldown (both default to 300 s). */
function check({ o: tt, base, r }: ScalingCtx): void {
  const out = num(get(tt, 'ScaleOutCooldown')) ?? 300;
  const inn = num(get(tt, 'ScaleInCooldown')) ?? 300;
  if (inn < out) r.report(cooldowns, ptr(base, 'ScaleInCooldown'), { in: inn, out });
}

export default cooldowns;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(targetTrackingPolicy({}, { ScaleOutCooldown: 300, ScaleInCooldown: 30 })),
        messageId: 'default',
        path: '/TargetTrackingScalingPolicyConfiguration/ScaleInCooldown',
        line: 13,
      },
    ],
    pass: [json(targetTrackingPolicy())],
  };
}
