/** Rule taskdef/container-reference: dependsOn, links, volumesFrom and mountPoints name containers or volumes of the same task. */
import { lesson, rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';

export default rule({
  id: 'taskdef/container-reference',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'depends-on'),
  summary: {
    ja: 'dependsOn・links・volumesFrom・mountPoints が同じタスク内のコンテナやボリュームを指す',
    en: 'dependsOn, links, volumesFrom and mountPoints name containers or volumes of the same task',
  },
  messages: {
    default: {
      ja: '{field} が指す "{target}" はこのタスク定義にありません。',
      en: '{field} names "{target}", which this task definition does not have.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { dependsOn: [{ containerName: 'db', condition: 'START' }] }),
        messageId: 'default',
        path: '/containerDefinitions/0/dependsOn/0/containerName',
        line: 44,
      },
    ],
    pass: [td()],
  };
}
