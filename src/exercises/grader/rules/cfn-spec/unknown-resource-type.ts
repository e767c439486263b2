/** Rule cfn/unknown-resource-type: Resource types of ECS, Application Auto Scaling, ELBv2 and Cloud Map exist. */
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { TEMPLATE } from './shared.ts';

export default rule({
  id: 'cfn/unknown-resource-type',
  kinds: ['cfn'],
  severity: 'error',
  lesson: TEMPLATE,
  summary: {
    ja: 'ECS・Application Auto Scaling・ELBv2・Cloud Map のリソースタイプ名が実在する',
    en: 'Resource types of ECS, Application Auto Scaling, ELBv2 and Cloud Map exist',
  },
  messages: {
    default: { ja: 'リソースタイプ {type} はありません。', en: 'There is no resource type {type}.' },
    'did-you-mean': {
      ja: 'リソースタイプ {type} はありません。{suggestion} のことではありませんか。',
      en: 'There is no resource type {type}. Did you mean {suggestion}?',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: specTemplate().replace('Type: AWS::ECS::Cluster', 'Type: AWS::ECS::Clusters'),
        messageId: 'did-you-mean',
        path: '/Resources/Cluster/Type',
        line: 16,
      },
    ],
    pass: [specTemplate()],
  };
}
