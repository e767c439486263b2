/** Rule iam/policy-version-invalid: Version is 2012-10-17 or 2008-10-17 (IAM refuses other values). */
import { checkedRule } from '../define.ts';
import { json, policy, type RuleExamples } from '../example-docs.ts';
import { IAM, KINDS } from './shared.ts';
import { get, ptr } from '../../value.ts';
import type { DocumentCtx } from './context.ts';

const policyVersionInvalid = checkedRule({
  area: 'iam',
  id: 'iam/policy-version-invalid',
  kinds: KINDS,
  severity: 'error',
  lesson: IAM,
  summary: {
    ja: 'Version は 2012-10-17 か 2008-10-17 のどちらか（ほかの値は IAM が拒否する）',
    en: 'Version is 2012-10-17 or 2008-10-17 (IAM refuses other values)',
  },
  messages: {
    default: {
      ja: 'Version "{value}" は IAM が受け付けません。2012-10-17 にしてください（日付はポリシー言語の版で、作成日ではありません）。',
      en: 'IAM does not accept Version "{value}". Use 2012-10-17 (it names the policy language, not the day you wrote the policy).',
    },
  },
  aws: {
    quote: 'IAM supports the following Version element values: 2012-10-17 … 2008-10-17',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
  },
  checks: { document: check },
});

/** Reports a policy document whose Version is a string IAM does not know. */
function check({ doc, base, r }: DocumentCtx): void {
  const version = get(doc, 'Version');
  if (typeof version === 'string' && version !== '2008-10-17' && version !== '2012-10-17')
    r.report(policyVersionInvalid, ptr(base, 'Version'), { value: version });
}

export default policyVersionInvalid;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(
          policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }], '2024-01-01'),
        ),
        messageId: 'default',
        path: '/Version',
        line: 2,
      },
    ],
    pass: [json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }]))],
  };
}
