/** Rule iam/policy-version: Version is 2012-10-17 (a missing Version or 2008-10-17 is accepted but uses the old policy language). */
import { checkedRule } from '../define.ts';
import { json, policy, type RuleExamples } from '../example-docs.ts';
import { IAM, KINDS } from './shared.ts';
import { get, ptr } from '../../value.ts';
import type { DocumentCtx } from './context.ts';

const policyVersion = checkedRule({
  area: 'iam',
  id: 'iam/policy-version',
  kinds: KINDS,
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'Version は 2012-10-17（省略や 2008-10-17 は受け付けられるが古い言語仕様になる）',
    en: 'Version is 2012-10-17 (a missing Version or 2008-10-17 is accepted but uses the old policy language)',
  },
  messages: {
    default: {
      ja: 'Version が {value} です。2012-10-17 でないとポリシー変数（${aws:username} など）が使えません。',
      en: 'Version is {value}. Without 2012-10-17, policy variables such as ${aws:username} do not work.',
    },
  },
  aws: {
    quote:
      'This is the current version of the policy language, and you should always include a Version element and set it to 2012-10-17.',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
  },
  checks: { document: check },
});

/** Reports a policy document whose Version is missing or the old 2008-10-17. */
function check({ doc, base, r }: DocumentCtx): void {
  const version = get(doc, 'Version');
  if (version !== undefined && version !== '2008-10-17') return;
  r.report(policyVersion, version === undefined ? base : ptr(base, 'Version'), {
    value: version === undefined ? '(missing)' : String(version),
  });
}

export default policyVersion;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(
          policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }], '2008-10-17'),
        ),
        messageId: 'default',
        path: '/Version',
        line: 2,
      },
    ],
    pass: [json(policy([{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }]))],
  };
}
