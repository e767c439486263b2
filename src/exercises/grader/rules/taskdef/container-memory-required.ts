/** Rule taskdef/container-memory-required: Without task memory, every container sets memory or memoryReservation. */
import { FIRST_ERROR_NOTE, checkedRule, lesson } from '../define.ts';
import { ec2Td, json, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { has } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const ec2MemoryRequired = checkedRule({
  area: 'taskdef',
  id: 'taskdef/container-memory-required',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'task-definition-structure'),
  quotesAws: true,
  summary: {
    ja: 'タスクの memory がないとき、各コンテナに memory か memoryReservation がある',
    en: 'Without task memory, every container sets memory or memoryReservation',
  },
  messages: {
    default: {
      ja: "タスクの memory がないため、コンテナ \"{name}\" には memory か memoryReservation が必要です（AWS: Invalid setting for container '{name}'. At least one of 'memory' or 'memoryReservation' must be specified.）",
      en: "Invalid setting for container '{name}'. At least one of 'memory' or 'memoryReservation' must be specified.",
    },
  },
  note: FIRST_ERROR_NOTE,
  aws: {
    quote:
      'If a task-level memory value is not specified, you must specify a non-zero integer for one or both of memory or memoryReservation in a container definition.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  },
  checks: { containerSize: check },
});

/** Reports a container without memory or memoryReservation in a non-Fargate task without task memory. */
function check({ ctx, x }: ContainerCtx): void {
  if (
    ctx.notFargate &&
    !ctx.partial &&
    !has(ctx.td, 'memory') &&
    !has(x.c, 'memory') &&
    !has(x.c, 'memoryReservation')
  )
    ctx.r.report(ec2MemoryRequired, x.p, { name: x.name ?? x.p });
}

export default ec2MemoryRequired;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(ec2Td({}, { memory: undefined })),
        messageId: 'default',
        path: '/containerDefinitions/0',
        line: 7,
      },
    ],
    pass: [json(ec2Td())],
  };
}
