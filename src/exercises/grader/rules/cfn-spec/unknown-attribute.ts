/** Rule cfn/unknown-attribute: Fn::GetAtt names an attribute the resource type has. */
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { INTRINSICS } from './shared.ts';

export default rule({
  id: 'cfn/unknown-attribute',
  kinds: ['cfn'],
  severity: 'error',
  lesson: INTRINSICS,
  summary: {
    ja: 'Fn::GetAtt がそのリソースタイプにある属性を指す',
    en: 'Fn::GetAtt names an attribute the resource type has',
  },
  messages: {
    default: {
      ja: '{resource}（{type}）に属性 {attribute} はありません。使える属性: {allowed}。',
      en: '{resource} ({type}) has no attribute {attribute}. Attributes: {allowed}.',
    },
    'did-you-mean': {
      ja: '{resource}（{type}）に属性 {attribute} はありません。使える属性: {allowed}。{suggestion} のことではありませんか。',
      en: '{resource} ({type}) has no attribute {attribute}. Attributes: {allowed}. Did you mean {suggestion}?',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: specTemplate('', 'Outputs:\n  ClusterArn:\n    Value: !GetAtt Cluster.ClusterArn'),
        messageId: 'default',
        path: '/Outputs/ClusterArn/Value/Fn::GetAtt',
        line: 43,
      },
    ],
    pass: [specTemplate('', 'Outputs:\n  ClusterArn:\n    Value: !GetAtt Cluster.Arn')],
  };
}
