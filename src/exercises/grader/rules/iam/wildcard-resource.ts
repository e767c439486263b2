/** Rule iam/wildcard-resource: No Resource "*" for actions that accept ARNs (actions that support only "*", such as ecr:GetAuthorizationToken or ec2:DescribeInstances, are exempt). */
import { checkedRule } from '../define.ts';
import { json, policy, type RuleExamples } from '../example-docs.ts';
import { IAM, KINDS } from './shared.ts';
import { onlySupportsWildcardResource } from '../../../../aws/iam-wildcard-actions.ts';
import { ptr } from '../../value.ts';
import type { StatementCtx } from './context.ts';

const wildcardResource = checkedRule({
  area: 'iam',
  id: 'iam/wildcard-resource',
  kinds: KINDS,
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'ARN を指定できるアクションに Resource: * を使わない（ecr:GetAuthorizationToken や ec2:DescribeInstances など * しか指定できないアクションは除く）',
    en: 'No Resource "*" for actions that accept ARNs (actions that support only "*", such as ecr:GetAuthorizationToken or ec2:DescribeInstances, are exempt)',
  },
  messages: {
    default: {
      ja: 'Resource が "*" です。{actions} は対象の ARN に絞れます。',
      en: 'Resource is "*"; {actions} can be limited to specific ARNs.',
    },
  },
  aws: {
    quote:
      'If there is no value for this column, you must specify all resources ("*") to which the policy applies in the Resource element of your policy statement.',
    source:
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
  },
  checks: { statement: check },
});

/** Reports Resource "*" on an Allow statement whose actions can be scoped to resources. */
function check({ st, r }: StatementCtx): void {
  if (st.effect !== 'Allow' || !st.resources.includes('*')) return;
  const scoped = st.actions.filter((a) => !onlySupportsWildcardResource(a) && a !== '*' && !a.endsWith(':*'));
  if (scoped.length > 0)
    r.report(wildcardResource, ptr(st.p, 'Resource'), { actions: scoped.slice(0, 3).join(', ') });
}

export default wildcardResource;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(policy([{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' }])),
        messageId: 'default',
        path: '/Statement/0/Resource',
        line: 7,
      },
    ],
    pass: [json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }]))],
  };
}
