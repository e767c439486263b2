/** Rule taskdef/secret-value-from: secrets valueFrom is a Secrets Manager ARN (:json-key:version-stage:version-id) or an SSM parameter ARN or name. */
import { lesson, rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';

export default rule({
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
});

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
