/** Rule scaling/schedule: Schedule is at(yyyy-mm-ddThh:mm:ss) with a real date, rate(N unit) or cron(6 fields) with values in range. */
import { checkedRule, lesson } from '../define.ts';
import { json, scheduledAction, type RuleExamples } from '../example-docs.ts';
import { parseScheduleExpression } from '../../../../aws/index.ts';
import { get, ptr, str } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const schedule = checkedRule({
  area: 'scaling',
  id: 'scaling/schedule',
  kinds: ['scheduled-action', 'cfn'],
  severity: 'error',
  lesson: lesson('04-services-autoscaling', 'scheduled-scaling'),
  summary: {
    ja: 'Schedule が実在する日時の at(yyyy-mm-ddThh:mm:ss)・rate(N 単位)・範囲内の値を持つ cron(6 フィールド) のいずれか',
    en: 'Schedule is at(yyyy-mm-ddThh:mm:ss) with a real date, rate(N unit) or cron(6 fields) with values in range',
  },
  messages: {
    default: {
      ja: 'Schedule "{value}" が不正です: {detailJa}',
      en: 'Invalid Schedule "{value}": {detail}',
    },
  },
  checks: { scheduledAction: check },
});

/** Problem with a schedule expression (the one parser in src/aws), or undefined. */
export function scheduleProblem(s: string): { detail: string; detailJa: string } | undefined {
  const parsed = parseScheduleExpression(s);
  return parsed.ok ? undefined : { detail: parsed.problem.en, detailJa: parsed.problem.ja };
}

/** Reports a scheduled action's Schedule that is not a valid at(), rate() or cron() expression. */
function check({ o, base, r }: ScalingCtx): void {
  const sched = str(get(o, 'Schedule'));
  const problem = sched !== undefined ? scheduleProblem(sched) : undefined;
  if (sched !== undefined && problem) r.report(schedule, ptr(base, 'Schedule'), { value: sched, ...problem });
}

export default schedule;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(scheduledAction({ Schedule: 'cron(0 8 * * MON-FRI)' })),
        messageId: 'default',
        path: '/Schedule',
        line: 6,
      },
    ],
    pass: [json(scheduledAction())],
  };
}
