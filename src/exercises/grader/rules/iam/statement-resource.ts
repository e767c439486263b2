/** Rule iam/statement-resource: Every statement of an identity-based policy (one attached to a role) has Resource or NotResource. */
import { checkedRule } from '../define.ts';
import { json, policy, type RuleExamples } from '../example-docs.ts';
import { IAM, KINDS } from './shared.ts';
import { has } from '../../value.ts';
import type { StatementCtx } from './context.ts';

const statementResource = checkedRule({
  area: 'iam',
  id: 'iam/statement-resource',
  kinds: KINDS,
  severity: 'error',
  lesson: IAM,
  summary: {
    ja: 'ID ベースのポリシー（ロールに付けるもの）の各ステートメントに Resource か NotResource がある',
    en: 'Every statement of an identity-based policy (one attached to a role) has Resource or NotResource',
  },
  messages: {
    default: {
      ja: 'このステートメントに Resource がありません。ロールに付けるポリシーでは Resource（または NotResource）が必須で、IAM はポリシーを拒否します。',
      en: 'This statement has no Resource. Policies attached to a role need Resource (or NotResource) in every statement; IAM refuses the policy.',
    },
  },
  aws: {
    quote: 'Statements must include either a Resource or a NotResource element.',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
  },
  checks: { statement: check },
});

/**
 * Reports an identity-policy statement without Resource or NotResource. A statement with a
 * Principal belongs to a trust or resource policy, where the resource may be implied.
 */
function check({ st, r }: StatementCtx): void {
  const identity = !has(st.s, 'Principal') && !has(st.s, 'NotPrincipal');
  if (identity && !has(st.s, 'Resource') && !has(st.s, 'NotResource')) r.report(statementResource, st.p);
}

export default statementResource;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken' }])),
        messageId: 'default',
        path: '/Statement/0',
        line: 4,
      },
    ],
    pass: [json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }]))],
  };
}
