/** Rule taskdef/firelens: awsfirelens needs a log router container (firelensConfiguration); on Fargate config-file-type is file. */
import { lesson, rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';

export default rule({
  id: 'taskdef/firelens',
  kinds: TD,
  severity: 'error',
  lesson: lesson('07-logging', 'firelens'),
  quotesAws: true,
  summary: {
    ja: 'awsfirelens を使うならログルーター（firelensConfiguration）コンテナがあり、Fargate では config-file-type が file',
    en: 'awsfirelens needs a log router container (firelensConfiguration); on Fargate config-file-type is file',
  },
  messages: { default: { ja: '{detailJa}', en: '{detail}' } },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } } }),
        messageId: 'default',
        path: '/containerDefinitions/0/logConfiguration/logDriver',
        line: 35,
      },
    ],
    pass: [td()],
  };
}
