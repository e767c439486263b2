/** Rule taskdef/health-check: Health check interval 5–300, timeout 2–60, retries 1–10, startPeriod 0–300. */
import { lesson, rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';

export default rule({
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
});

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
