/** Rule taskdef/container-memory: Each container's memory is no more than the task memory. */
import { FIRST_ERROR_NOTE, checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { SIZES, TD } from './shared.ts';
import { get, num, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const containerMemoryExceedsTask = checkedRule({
  area: 'taskdef',
  id: 'taskdef/container-memory',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: '各コンテナの memory がタスクの memory 以下',
    en: "Each container's memory is no more than the task memory",
  },
  messages: {
    default: {
      ja: "コンテナ \"{name}\" の memory {memory} がタスクの memory {task} を超えています（AWS: The 'memory' setting for container '{name}' is greater than for the task.）",
      en: "The 'memory' setting for container '{name}' is greater than for the task. ({memory} > {task})",
    },
  },
  note: FIRST_ERROR_NOTE,
  checks: { containerSize: check },
});

/** Reports a container memory hard limit above the task memory. */
function check({ ctx, x }: ContainerCtx): void {
  const taskMemory = ctx.memory;
  const mem = num(get(x.c, 'memory'));
  if (taskMemory !== undefined && mem !== undefined && mem > taskMemory)
    ctx.r.report(containerMemoryExceedsTask, ptr(x.p, 'memory'), {
      name: x.name ?? x.p,
      memory: mem,
      task: taskMemory,
    });
}

export default containerMemoryExceedsTask;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { memory: 1024 }),
        messageId: 'default',
        path: '/containerDefinitions/0/memory',
        line: 42,
      },
    ],
    pass: [td({}, { memory: 512 })],
  };
}
