/** Rule iam/wildcard-action: Allow statements do not use * or service:* actions. */
import { checkedRule } from '../define.ts';
import { json, policy, type RuleExamples } from '../example-docs.ts';
import { IAM, KINDS } from './shared.ts';
import { get, ptr } from '../../value.ts';
import type { StatementCtx } from './context.ts';

const wildcardAction = checkedRule({
  area: 'iam',
  id: 'iam/wildcard-action',
  kinds: KINDS,
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'Allow の Action に * や service:* を使わない',
    en: 'Allow statements do not use * or service:* actions',
  },
  messages: {
    default: {
      ja: 'Action "{action}" は広すぎます。必要なアクションだけを列挙してください。',
      en: 'Action "{action}" is too broad; list only the actions the role needs.',
    },
  },
  checks: { statement: check },
});

/** Reports each `*` or `service:*` action an Allow statement grants. */
function check({ st, r }: StatementCtx): void {
  if (st.effect !== 'Allow') return;
  const actionValue = get(st.s, 'Action');
  st.actions.forEach((a, i) => {
    if (a === '*' || a.endsWith(':*'))
      r.report(wildcardAction, Array.isArray(actionValue) ? ptr(st.p, 'Action', i) : ptr(st.p, 'Action'), {
        action: a,
      });
  });
}

export default wildcardAction;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(policy([{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::bucket/*' }])),
        messageId: 'default',
        path: '/Statement/0/Action',
        line: 6,
      },
    ],
    pass: [
      json(
        policy([
          {
            Effect: 'Allow',
            Action: ['secretsmanager:GetSecretValue'],
            Resource: 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf',
          },
        ]),
      ),
    ],
  };
}
