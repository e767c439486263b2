/** Rule scaling/timezone: Timezone is an IANA time zone name (e.g. Asia/Tokyo). */
import { checkedRule, lesson } from '../define.ts';
import { json, scheduledAction, type RuleExamples } from '../example-docs.ts';
import { isIanaTimeZone } from '../../../../aws/index.ts';
import { get, ptr, str } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const timezone = checkedRule({
  area: 'scaling',
  id: 'scaling/timezone',
  kinds: ['scheduled-action', 'cfn'],
  severity: 'error',
  lesson: lesson('04-services-autoscaling', 'scheduled-scaling'),
  summary: {
    ja: 'Timezone が IANA のタイムゾーン名（例 Asia/Tokyo）',
    en: 'Timezone is an IANA time zone name (e.g. Asia/Tokyo)',
  },
  messages: {
    default: {
      ja: 'Timezone "{value}" は IANA のタイムゾーン名ではありません（例 Asia/Tokyo）。',
      en: 'Timezone "{value}" is not an IANA time zone name (e.g. Asia/Tokyo).',
    },
  },
  aws: {
    quote: 'Valid values are the canonical names of the IANA time zones supported by Joda-Time',
    source: 'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html',
  },
  checks: { scheduledAction: check },
});

/** Reports a scheduled action's Timezone that is not an IANA time zone name. */
function check({ o, base, r }: ScalingCtx): void {
  const tz = str(get(o, 'Timezone'));
  if (tz !== undefined && !isIanaTimeZone(tz)) r.report(timezone, ptr(base, 'Timezone'), { value: tz });
}

export default timezone;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      { src: json(scheduledAction({ Timezone: 'Tokyo' })), messageId: 'default', path: '/Timezone', line: 7 },
    ],
    pass: [json(scheduledAction())],
  };
}
