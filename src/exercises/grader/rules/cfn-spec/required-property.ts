/** Rule cfn/required-property: Properties the specification requires are present. */
import { rule } from '../define.ts';
import { specTemplate, type RuleExamples } from '../example-docs.ts';
import { TEMPLATE } from './shared.ts';

export default rule({
  id: 'cfn/required-property',
  kinds: ['cfn'],
  severity: 'error',
  lesson: TEMPLATE,
  summary: {
    ja: '仕様で必須のプロパティがある',
    en: 'Properties the specification requires are present',
  },
  messages: {
    default: {
      ja: '{where} には {property} が必須です。',
      en: '{where} requires {property}.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: specTemplate().replace('{ Enable: true, Rollback: true }', '{ Enable: true }'),
        messageId: 'default',
        path: '/Resources/Service/Properties/DeploymentConfiguration/DeploymentCircuitBreaker',
        line: 39,
      },
    ],
    pass: [specTemplate()],
  };
}
