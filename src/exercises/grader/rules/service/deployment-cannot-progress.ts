/** Rule service/deployment-cannot-progress: minimumHealthyPercent and maximumPercent let a deployment progress (100/100 stalls). */
import { rule } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { DEPLOY, SVC } from './shared.ts';

export default rule({
  id: 'service/deployment-cannot-progress',
  kinds: SVC,
  severity: 'warning',
  lesson: DEPLOY,
  summary: {
    ja: 'minimumHealthyPercent と maximumPercent の組み合わせでデプロイが進められること（例: 100/100 は止まる）',
    en: 'minimumHealthyPercent and maximumPercent let a deployment progress (100/100 stalls)',
  },
  messages: {
    default: {
      ja: 'desiredCount {desired} で minimumHealthyPercent {min}・maximumPercent {max} だと、タスクを止めることも追加することもできずデプロイが止まります。サービスイベント: service (name) was unable to stop or start tasks during a deployment because of the service deployment configuration.',
      en: 'With desiredCount {desired}, minimumHealthyPercent {min} and maximumPercent {max} ECS can neither stop nor start a task, so deployments stall: "service (name) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again."',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({ desiredCount: 1 }, { maximumPercent: 100 }),
        messageId: 'default',
        path: '/deploymentConfiguration/maximumPercent',
        line: 24,
      },
    ],
    pass: [svc({ desiredCount: 1 })],
  };
}
