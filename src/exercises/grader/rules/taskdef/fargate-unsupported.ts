/** Rule taskdef/fargate-unsupported: No settings Fargate refuses (privileged, ipcMode, links, sourcePath, dockerVolumeConfiguration, placementConstraints, …). */
import { rule } from '../define.ts';
import { ec2Td, json, td, type RuleExamples } from '../example-docs.ts';
import { FARGATE, TD } from './shared.ts';

export default rule({
  id: 'taskdef/fargate-unsupported',
  kinds: TD,
  severity: 'error',
  lesson: FARGATE,
  quotesAws: true,
  summary: {
    ja: 'Fargate で使えない設定（privileged、ipcMode、links、sourcePath、dockerVolumeConfiguration、placementConstraints など）がない',
    en: 'No settings Fargate refuses (privileged, ipcMode, links, sourcePath, dockerVolumeConfiguration, placementConstraints, …)',
  },
  messages: {
    default: {
      ja: 'Fargate では {field} を使えません。{aws}',
      en: '{field} is not supported on Fargate. {aws}',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ ipcMode: 'task' }), messageId: 'default', path: '/ipcMode', line: 44 }],
    pass: [json(ec2Td({}, { privileged: false }))],
  };
}
