/** Rule taskdef/memory-reservation: memory (hard limit) is at least memoryReservation (soft limit); equal values are fine. */
import { checkedRule, lesson } from '../define.ts';
import { ec2Td, json, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { get, num, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const memoryReservation = checkedRule({
  area: 'taskdef',
  id: 'taskdef/memory-reservation',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'task-definition-structure'),
  summary: {
    ja: 'memory（ハード上限）は memoryReservation（ソフト上限）以上（同じ値は可）',
    en: 'memory (hard limit) is at least memoryReservation (soft limit); equal values are fine',
  },
  messages: {
    default: {
      ja: 'コンテナ "{name}" の memory {memory} が memoryReservation {reservation} より小さくなっています。memory は memoryReservation 以上にします。',
      en: 'Container "{name}": memory {memory} is less than memoryReservation {reservation}; memory must be greater than or equal to it.',
    },
  },
  aws: {
    // The API reference says "greater than"; AWS's sizing guidance and registration accept equal
    // values (ecs-facts §0, aws/amazon-ecs-cli#570). We follow what AWS accepts.
    quote: '… must be greater than or equal to any reservations.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/',
  },
  checks: { containerSize: check },
});

/** Reports a container memory hard limit below its memoryReservation (equal values are accepted). */
function check({ ctx, x }: ContainerCtx): void {
  const mem = num(get(x.c, 'memory'));
  const res = num(get(x.c, 'memoryReservation'));
  if (mem !== undefined && res !== undefined && mem < res)
    ctx.r.report(memoryReservation, ptr(x.p, 'memory'), {
      name: x.name ?? x.p,
      memory: mem,
      reservation: res,
    });
}

export default memoryReservation;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(ec2Td({}, { memoryReservation: 600 })),
        messageId: 'default',
        path: '/containerDefinitions/0/memory',
        line: 37,
      },
    ],
    pass: [json(ec2Td({}, { memoryReservation: 512 }))],
  };
}
