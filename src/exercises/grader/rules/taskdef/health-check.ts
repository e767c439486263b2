/** Rule taskdef/health-check: Health check interval 5–300, timeout 2–60, retries 1–10, startPeriod 0–300. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { CONTAINER_HEALTH_CHECK } from '../../../../aws/index.ts';
import { get, num, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const healthCheckRange = checkedRule({
  area: 'taskdef',
  id: 'taskdef/health-check',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'health-checks'),
  summary: {
    ja: 'ヘルスチェックの interval 5〜300・timeout 2〜60・retries 1〜10・startPeriod 0〜300',
    en: 'Health check interval 5–300, timeout 2–60, retries 1–10, startPeriod 0–300',
  },
  messages: {
    default: {
      ja: 'ヘルスチェックの {field} が不正です: {detail}',
      en: 'Health check {field} is invalid: {detail}',
    },
  },
  aws: {
    quote:
      'The time period in seconds between each health check execution. You may specify between 5 and 300 seconds.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
  },
  checks: { healthCheck: check },
});

const HC_RANGES = Object.entries(CONTAINER_HEALTH_CHECK).map(([field, s]) => [field, s.min, s.max] as const);

/** Reports each health check interval, timeout, retries or start period outside its allowed range. */
function check({ ctx, x }: ContainerCtx): void {
  const hc = get(x.c, 'healthCheck');
  const hp = ptr(x.p, 'healthCheck');
  for (const [field, min, max] of HC_RANGES) {
    const v = num(get(hc, field));
    if (v !== undefined && (v < min || v > max))
      ctx.r.report(healthCheckRange, ptr(hp, field), { field, detail: `${v} is outside ${min}–${max}` });
  }
}

export default healthCheckRange;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { healthCheck: { command: ['CMD', '/bin/check'], interval: 1 } }),
        messageId: 'default',
        path: '/containerDefinitions/0/healthCheck/interval',
        line: 29,
      },
    ],
    pass: [td()],
  };
}
