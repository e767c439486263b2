/** Rule service/daemon-deployment-controller: The DAEMON scheduling strategy uses the ECS deployment controller (not CODE_DEPLOY or EXTERNAL). */
import { checkedRule } from '../define.ts';
import { json, type RuleExamples } from '../example-docs.ts';
import { DEPLOY, SVC } from './shared.ts';
import type { DeploymentCtx } from './context.ts';

const daemonController = checkedRule({
  area: 'service',
  id: 'service/daemon-deployment-controller',
  kinds: SVC,
  severity: 'error',
  lesson: DEPLOY,
  summary: {
    ja: 'DAEMON スケジューリングは ECS デプロイコントローラーで使う（CODE_DEPLOY・EXTERNAL は不可）',
    en: 'The DAEMON scheduling strategy uses the ECS deployment controller (not CODE_DEPLOY or EXTERNAL)',
  },
  messages: {
    default: {
      ja: 'schedulingStrategy DAEMON はデプロイコントローラー {controller} では使えません。ECS コントローラーにするか REPLICA にします。',
      en: 'The DAEMON scheduling strategy does not work with the {controller} deployment controller; use the ECS controller or REPLICA.',
    },
  },
  aws: {
    quote:
      "Tasks using the Fargate launch type or the CODE_DEPLOY or EXTERNAL deployment controller types don't support the DAEMON scheduling strategy.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  },
  checks: { deploymentController: check },
});

/** Reports a DAEMON service with a CODE_DEPLOY or EXTERNAL deployment controller. */
function check({ d, r }: DeploymentCtx): void {
  if (d.daemon && (d.controller === 'CODE_DEPLOY' || d.controller === 'EXTERNAL'))
    r.report(daemonController, '/deploymentController/type', { controller: d.controller });
}

export default daemonController;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json({
          cluster: 'prod',
          serviceName: 'log-agent',
          taskDefinition: 'log-agent:4',
          launchType: 'EC2',
          schedulingStrategy: 'DAEMON',
          deploymentController: { type: 'CODE_DEPLOY' },
        }),
        messageId: 'default',
        path: '/deploymentController/type',
        line: 8,
      },
    ],
    pass: [
      json({
        cluster: 'prod',
        serviceName: 'log-agent',
        taskDefinition: 'log-agent:4',
        launchType: 'EC2',
        schedulingStrategy: 'DAEMON',
        deploymentController: { type: 'ECS' },
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
      }),
    ],
  };
}
