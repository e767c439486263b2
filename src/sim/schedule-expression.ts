import {
  cronMatches,
  parseScheduleExpression,
  type CronFields,
  type ScheduleExpression,
} from '../aws/index.ts';
import { validateTimeZone, zoneClock, zonedToEpoch } from './civil-time.ts';
import { SimInputError } from './errors.ts';

// The parser itself lives in src/aws (one parser for the simulator, the grader and the widgets).
// AWS reference: https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html
// and https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html

export type { CronFields, ScheduleExpression };

/**
 * Parses an Application Auto Scaling schedule (`at(…)`, `rate(…)` or six-field `cron(…)` with L, W
 * and #) and throws a SimInputError naming `field` when it is invalid.
 * @see https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html
 */
export function parseSchedule(expression: string, field = 'schedule'): ScheduleExpression {
  const parsed = parseScheduleExpression(expression);
  if (parsed.ok) return parsed.schedule;
  throw new SimInputError(
    'INVALID_EXPRESSION',
    field,
    `${field} ${JSON.stringify(typeof expression === 'string' ? expression : String(expression))} is not valid: ${parsed.problem.en}.`,
  );
}

/**
 * Times (epoch ms, whole minutes) in `[from, to)` at which a schedule runs. `rate` counts from
 * `from` and first runs one period later (assumption `rate-first-run`); `at` and `cron` are read
 * in `timeZone` (UTC by default; an IANA name such as `Asia/Tokyo` follows daylight saving).
 * @see https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
 */
export function nextScheduleTimes(expression: string, from: number, to: number, timeZone = 'UTC'): number[] {
  const parsed = parseSchedule(expression);
  validateTimeZone(timeZone, 'timezone');
  if (parsed.kind === 'at') {
    const t = zonedToEpoch(parsed.civil, timeZone);
    return t >= from && t < to ? [t] : [];
  }
  const out: number[] = [];
  if (parsed.kind === 'rate') {
    for (let t = from + parsed.periodMinutes * 60_000; t < to; t += parsed.periodMinutes * 60_000)
      out.push(t);
    return out;
  }
  const clock = zoneClock(timeZone);
  const start = Math.ceil(from / 60_000) * 60_000;
  for (let t = start; t < to; t += 60_000) if (cronMatches(parsed.fields, clock(t))) out.push(t);
  return out;
}
