/** Rule run-task/propagate-tags: run-task propagateTags is TASK_DEFINITION or NONE (not SERVICE). */
import { checkedRule, lesson } from '../define.ts';
import { json, type RuleExamples } from '../example-docs.ts';
import { get, str } from '../../value.ts';
import type { RunTaskCtx } from './context.ts';

const propagateTags = checkedRule({
  area: 'cli-files',
  id: 'run-task/propagate-tags',
  kinds: ['run-task'],
  severity: 'error',
  lesson: lesson('03-fargate-ec2', 'capacity-providers'),
  quotesAws: true,
  summary: {
    ja: 'run-task の propagateTags は TASK_DEFINITION か NONE（SERVICE は不可）',
    en: 'run-task propagateTags is TASK_DEFINITION or NONE (not SERVICE)',
  },
  messages: {
    default: {
      ja: 'run-task では propagateTags に SERVICE を指定できません（AWS: An error will be received if you specify the SERVICE option when running a task.）',
      en: 'An error will be received if you specify the SERVICE option when running a task.',
    },
  },
  aws: {
    quote: 'An error will be received if you specify the SERVICE option when running a task.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html',
  },
  checks: { runTask: check },
});

export default propagateTags;

/** run-task cannot propagate tags from a service: reports propagateTags SERVICE. */
function check({ o, r }: RunTaskCtx): void {
  if (str(get(o, 'propagateTags')) === 'SERVICE') r.report(propagateTags, '/propagateTags');
}

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json({
          cluster: 'prod',
          taskDefinition: 'migrate:12',
          launchType: 'FARGATE',
          propagateTags: 'SERVICE',
          networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'] } },
        }),
        messageId: 'default',
        path: '/propagateTags',
        line: 5,
      },
    ],
    pass: [
      json({
        cluster: 'prod',
        taskDefinition: 'migrate:12',
        launchType: 'FARGATE',
        propagateTags: 'TASK_DEFINITION',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'] } },
      }),
    ],
  };
}
