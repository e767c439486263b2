/** Rule taskdef/memory-reservation-sum: Containers' memoryReservation values add up to no more than the task memory. */
import { checkedRule } from '../define.ts';
import { container, td, type RuleExamples } from '../example-docs.ts';
import { SIZES, TD } from './shared.ts';
import { get, num } from '../../value.ts';
import type { TdCtx } from './context.ts';

const memoryReservationSum = checkedRule({
  area: 'taskdef',
  id: 'taskdef/memory-reservation-sum',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'コンテナの memoryReservation の合計がタスクの memory 以下',
    en: "Containers' memoryReservation values add up to no more than the task memory",
  },
  messages: {
    default: {
      ja: "コンテナの memoryReservation の合計 {sum} MiB がタスクの memory {task} MiB を超えています（AWS: The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.）",
      en: "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'. ({sum} > {task})",
    },
  },
  aws: {
    quote:
      "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
  },
  checks: { sizeSums: check },
});

/** Reports container memory reservations that add up to more than the task memory. */
function check(ctx: TdCtx): void {
  const taskMemory = ctx.memory;
  const sum = ctx.containers.reduce((s, x) => s + (num(get(x.c, 'memoryReservation')) ?? 0), 0);
  if (taskMemory !== undefined && sum > taskMemory)
    ctx.r.report(memoryReservationSum, '/containerDefinitions', { sum, task: taskMemory });
}

export default memoryReservationSum;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({
          containerDefinitions: [
            container({ memoryReservation: 384 }),
            container({ name: 'side', memoryReservation: 256 }),
          ],
        }),
        messageId: 'default',
        path: '/containerDefinitions',
        line: 11,
      },
    ],
    pass: [
      td({
        containerDefinitions: [
          container({ memoryReservation: 256 }),
          container({ name: 'side', memoryReservation: 256 }),
        ],
      }),
    ],
  };
}
