/** Rule cfn/service-task-definition: A service's launch type and network configuration match its task definition. */
import { rule } from '../define.ts';
import { template, type RuleExamples } from '../example-docs.ts';
import { IAC } from './shared.ts';

export default rule({
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
});

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
