/** Rule cfn/service-task-definition: A service's launch type and network configuration match its task definition. */
import { checkedRule } from '../define.ts';
import { template, type RuleExamples } from '../example-docs.ts';
import { IAC } from './shared.ts';
import { get, has, isIntrinsic, isObj, ptr, str } from '../../value.ts';
import { launchOf } from '../taskdef/context.ts';
import { refTarget } from './template.ts';
import type { ResourceCtx } from './context.ts';

const serviceTaskDefinition = checkedRule({
  area: 'cfn',
  id: 'cfn/service-task-definition',
  kinds: ['cfn'],
  severity: 'error',
  lesson: IAC,
  quotesAws: true,
  summary: {
    ja: 'サービスの起動タイプと参照先タスク定義の互換性・ネットワーク設定が合う',
    en: "A service's launch type and network configuration match its task definition",
  },
  messages: {
    default: {
      ja: 'タスク定義 {taskDefinition} は awsvpc なので、サービスに NetworkConfiguration（サブネットとセキュリティグループ）が必要です。',
      en: 'Task definition {taskDefinition} uses awsvpc, so the service needs NetworkConfiguration (subnets and security groups).',
    },
    'not-fargate': {
      ja: 'タスク定義 {taskDefinition} の RequiresCompatibilities に FARGATE がありません（AWS: Task definition does not support launch_type FARGATE.）',
      en: 'Task definition does not support launch_type FARGATE. ({taskDefinition} does not list FARGATE in RequiresCompatibilities.)',
    },
  },
  checks: { service: check },
});

/** Reports a service (properties `props` at `base`) that does not fit the template's task definition it refers to. */
function check({ props, resources, base, r }: ResourceCtx): void {
  const tdId = refTarget(get(props, 'TaskDefinition'));
  const td = tdId ? get(get(resources, tdId), 'Properties') : undefined;
  if (!isObj(td) || str(get(get(resources, tdId ?? ''), 'Type')) !== 'AWS::ECS::TaskDefinition') return;
  // Unknown means unknown: a Ref or an Fn::If with different branches decides nothing.
  const launch = launchOf(get(td, 'RequiresCompatibilities'));
  const rawMode = get(td, 'NetworkMode');
  const mode = str(rawMode);
  if (
    str(get(props, 'LaunchType')) === 'FARGATE' &&
    launch === 'not-fargate' &&
    mode !== 'awsvpc' &&
    !isIntrinsic(rawMode)
  ) {
    r.report(serviceTaskDefinition, ptr(base, 'LaunchType'), { taskDefinition: tdId ?? '' }, 'not-fargate');
  }
  if (mode === 'awsvpc' && !has(props, 'NetworkConfiguration')) {
    r.report(serviceTaskDefinition, base, { taskDefinition: tdId ?? '' });
  }
}

export default serviceTaskDefinition;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: template().replace(
          '      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: [!Ref Subnet]\n',
          '',
        ),
        messageId: 'default',
        path: '/Resources/Service/Properties',
        line: 50,
      },
    ],
    pass: [template()],
  };
}
