/** Rule cfn/log-group-retention: Log groups set RetentionInDays. */
import { checkedRule, lesson } from '../define.ts';
import { template, type RuleExamples } from '../example-docs.ts';
import { has } from '../../value.ts';
import type { ResourceCtx } from './context.ts';

const logGroupRetention = checkedRule({
  area: 'cfn',
  id: 'cfn/log-group-retention',
  kinds: ['cfn'],
  severity: 'info',
  lesson: lesson('07-logging', 'log-retention'),
  summary: {
    ja: 'ロググループに保持期間（RetentionInDays）を設定する',
    en: 'Log groups set RetentionInDays',
  },
  messages: {
    default: {
      ja: 'ロググループ {name} に RetentionInDays がないため、ログは無期限に保存され料金がかかり続けます。',
      en: 'Log group {name} has no RetentionInDays, so logs are kept (and billed) forever.',
    },
  },
  checks: { logGroup: check },
});

/** Reports a log group `id` (properties `props` at `base`) without RetentionInDays. */
function check({ id, props, base, r }: ResourceCtx): void {
  if (!has(props, 'RetentionInDays')) r.report(logGroupRetention, base, { name: id });
}

export default logGroupRetention;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: template().replace('      RetentionInDays: 30\n', ''),
        messageId: 'default',
        path: '/Resources/LogGroup/Properties',
        line: 9,
      },
    ],
    pass: [template()],
  };
}
