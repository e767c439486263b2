/** Rule cfn/unknown-property: Resource property names exist in the CloudFormation specification (case included). */
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { TEMPLATE } from './shared.ts';

export default rule({
  id: 'cfn/unknown-property',
  kinds: ['cfn'],
  severity: 'error',
  lesson: TEMPLATE,
  summary: {
    ja: 'リソースのプロパティ名が CloudFormation の仕様にある（大文字・小文字も含めて）',
    en: 'Resource property names exist in the CloudFormation specification (case included)',
  },
  messages: {
    default: {
      ja: '{where} に {property} というプロパティはありません。',
      en: '{where} has no property {property}.',
    },
    'did-you-mean': {
      ja: '{where} に {property} というプロパティはありません。{suggestion} のことではありませんか。',
      en: '{where} has no property {property}. Did you mean {suggestion}?',
    },
    'deregistration-delay': {
      ja: '{where} に {property} というプロパティはありません。TargetGroupAttributes の Key: deregistration_delay.timeout_seconds で設定します。',
      en: '{where} has no property {property}. Set it in TargetGroupAttributes: Key deregistration_delay.timeout_seconds.',
    },
    stickiness: {
      ja: '{where} に {property} というプロパティはありません。TargetGroupAttributes の Key: stickiness.enabled で設定します。',
      en: '{where} has no property {property}. Set it in TargetGroupAttributes: Key stickiness.enabled.',
    },
    'deployment-circuit-breaker': {
      ja: '{where} に {property} というプロパティはありません。DeploymentConfiguration の中に書きます。',
      en: '{where} has no property {property}. It belongs in DeploymentConfiguration.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: specTemplate('      Foo: bar'),
        messageId: 'default',
        path: '/Resources/Service/Properties/Foo',
        line: 40,
      },
    ],
    pass: [specTemplate()],
  };
}
