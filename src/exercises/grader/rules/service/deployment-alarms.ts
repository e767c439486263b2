/** Rule service/deployment-alarms: Deployment alarms need the ECS deployment controller and alarm names. */
import { checkedRule, lesson } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { arr, bool, get, isObj } from '../../value.ts';
import type { DeploymentCtx } from './context.ts';

const deploymentAlarms = checkedRule({
  area: 'service',
  id: 'service/deployment-alarms',
  kinds: ['service', 'deployment-configuration', 'cfn'],
  severity: 'error',
  lesson: lesson('05-deployments', 'circuit-breaker'),
  summary: {
    ja: 'デプロイアラームは ECS デプロイコントローラーで、アラーム名を指定して使う',
    en: 'Deployment alarms need the ECS deployment controller and alarm names',
  },
  messages: {
    default: {
      ja: 'alarms.enable が true ですが alarmNames が空です。',
      en: 'alarms.enable is true but alarmNames is empty.',
    },
    controller: {
      ja: 'デプロイアラームは ECS デプロイコントローラーでのみ使えます（今は {controller}）。',
      en: 'Deployment alarms need the ECS deployment controller, not {controller}.',
    },
  },
  checks: { deployment: check },
});

/** Reports deployment alarms under a non-ECS controller, or enabled alarms with no alarm names. */
function check({ d, r }: DeploymentCtx): void {
  const alarms = get(d.dc, 'alarms');
  if (!isObj(alarms)) return;
  if (d.controller !== 'ECS') {
    r.report(deploymentAlarms, '/deploymentConfiguration/alarms', { controller: d.controller }, 'controller');
  } else if (bool(get(alarms, 'enable')) === true && arr(get(alarms, 'alarmNames')).length === 0) {
    r.report(deploymentAlarms, '/deploymentConfiguration/alarms/alarmNames');
  }
}

export default deploymentAlarms;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({}, { alarms: { alarmNames: [], enable: true, rollback: true } }),
        messageId: 'default',
        path: '/deploymentConfiguration/alarms/alarmNames',
        line: 26,
      },
    ],
    pass: [svc({}, { alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true } })],
  };
}
