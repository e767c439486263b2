/** Rule service/deployment-cannot-progress: minimumHealthyPercent and maximumPercent let a deployment progress (100/100 stalls). */
import { checkedRule } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { DEPLOY, SVC } from './shared.ts';
import { ROLLING_DEFAULTS, rollingLimits } from '../../../../aws/index.ts';
import { get, has, num } from '../../value.ts';
import type { DeploymentCtx } from './context.ts';

const deploymentStuck = checkedRule({
  area: 'service',
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
  checks: { deployment: check },
});

/** Reports rolling-update limits that leave an ECS-controlled replica service no room to replace a task; `desiredKnown` false for a lone deployment-configuration file. */
function check({ svc, d, r, desiredKnown }: DeploymentCtx): void {
  const defaults = ROLLING_DEFAULTS[d.daemon ? 'DAEMON' : 'REPLICA'];
  const min = num(get(d.dc, 'minimumHealthyPercent')) ?? defaults.minimumHealthyPercent;
  const max = num(get(d.dc, 'maximumPercent')) ?? defaults.maximumPercent;
  const desired = num(get(svc, 'desiredCount')) ?? 1;
  if (d.controller === 'ECS' && !d.daemon && desired > 0 && desiredKnown) {
    if (rollingLimits(desired, min, max).stuck)
      r.report(
        deploymentStuck,
        has(d.dc, 'maximumPercent') ? '/deploymentConfiguration/maximumPercent' : '/deploymentConfiguration',
        { desired, min, max },
      );
  }
}

export default deploymentStuck;

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
