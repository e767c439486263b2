/** Rule taskdef/secret-value-from: secrets valueFrom is a Secrets Manager ARN (:json-key:version-stage:version-id) or an SSM parameter ARN or name. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { arr, get, ptr, str } from '../../value.ts';
import type { TdCtx } from './context.ts';

const secretValueFrom = checkedRule({
  area: 'taskdef',
  id: 'taskdef/secret-value-from',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'secrets'),
  summary: {
    ja: 'secrets の valueFrom が Secrets Manager の ARN（:json-key:version-stage:version-id）か SSM パラメータの ARN／名前',
    en: 'secrets valueFrom is a Secrets Manager ARN (:json-key:version-stage:version-id) or an SSM parameter ARN or name',
  },
  messages: {
    default: {
      ja: 'valueFrom "{value}" の形式が不正です: シークレット名の後は :json-key:version-stage:version-id の3つを、空欄もコロンを残して書きます。登録はできてもタスクは起動に失敗します。',
      en: 'valueFrom "{value}" is malformed: after the secret name write :json-key:version-stage:version-id, keeping empty fields. Registration may pass, but the task will fail to start.',
    },
    'secrets-manager-arn': {
      ja: 'valueFrom "{value}" の形式が不正です: Secrets Manager のシークレット ARN ではありません。登録はできてもタスクは起動に失敗します。',
      en: 'valueFrom "{value}" is malformed: not a Secrets Manager secret ARN. Registration may pass, but the task will fail to start.',
    },
    'stage-and-id': {
      ja: 'valueFrom "{value}" の形式が不正です: version-stage と version-id は同時に指定できません。登録はできてもタスクは起動に失敗します。',
      en: 'valueFrom "{value}" is malformed: a version stage and a version id cannot both be given. Registration may pass, but the task will fail to start.',
    },
    arn: {
      ja: 'valueFrom "{value}" の形式が不正です: Secrets Manager や SSM パラメータの ARN ではありません。登録はできてもタスクは起動に失敗します。',
      en: 'valueFrom "{value}" is malformed: not a Secrets Manager or SSM parameter ARN. Registration may pass, but the task will fail to start.',
    },
    'parameter-name': {
      ja: 'valueFrom "{value}" の形式が不正です: SSM パラメータ名として不正です。登録はできてもタスクは起動に失敗します。',
      en: 'valueFrom "{value}" is malformed: not a valid SSM parameter name. Registration may pass, but the task will fail to start.',
    },
  },
  checks: { task: check },
});

const SM_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[^:]+(:.*)?$/;
const SSM_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/?[A-Za-z0-9_.\-/]+$/;
const SSM_NAME = /^\/?[A-Za-z0-9_.\-/]+$/;

/** The taskdef/secret-value-from message id for a malformed valueFrom, or undefined. */
function secretProblem(v: string): string | undefined {
  if (v.startsWith('arn:') && v.includes(':secretsmanager:')) {
    if (!SM_ARN.test(v)) return 'secrets-manager-arn';
    const rest = v.split(':').slice(7);
    if (rest.length > 0 && rest.length !== 3) return 'default';
    if (rest[1] && rest[2]) return 'stage-and-id';
    return undefined;
  }
  if (v.startsWith('arn:')) return SSM_ARN.test(v) ? undefined : 'arn';
  return SSM_NAME.test(v) ? undefined : 'parameter-name';
}

/** Reports each secrets[].valueFrom and secretOptions[].valueFrom that is neither a parameter nor a secret reference. */
function check(ctx: TdCtx): void {
  for (const { c, p } of ctx.containers) {
    const lists: [string, unknown][] = [
      [ptr(p, 'secrets'), get(c, 'secrets')],
      [ptr(p, 'logConfiguration', 'secretOptions'), get(get(c, 'logConfiguration'), 'secretOptions')],
    ];
    for (const [base, list] of lists) {
      arr(list).forEach((s, j) => {
        const value = str(get(s, 'valueFrom'));
        if (value === undefined) return;
        const problem = secretProblem(value);
        if (problem) ctx.r.report(secretValueFrom, ptr(base, j, 'valueFrom'), { value }, problem);
      });
    }
  }
}

export default secretValueFrom;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td(
          {},
          {
            secrets: [
              {
                name: 'DB_USER',
                valueFrom:
                  'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf::AWSCURRENT:1111-2222',
              },
            ],
          },
        ),
        messageId: 'stage-and-id',
        path: '/containerDefinitions/0/secrets/0/valueFrom',
        line: 45,
      },
    ],
    pass: [
      td(
        {},
        {
          secrets: [
            {
              name: 'DB_USER',
              valueFrom: 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf:username::',
            },
          ],
        },
      ),
    ],
  };
}
