/** JSON Schemas of IAM policy documents and (loosely) CloudFormation templates. */
import { d, enumOf, str, type Schema } from './helpers.ts';

const stringOrList = (en: string, ja: string): Schema => ({
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
  ...d(en, ja),
});

const statement: Schema = {
  type: 'object',
  properties: {
    Sid: str('Statement id.', 'ステートメント ID'),
    Effect: enumOf(['Allow', 'Deny'], 'Allow or Deny.', 'Allow または Deny'),
    Principal: { ...d('Who (trust policies only).', '誰に（信頼ポリシーのみ）') },
    NotPrincipal: { ...d('Everyone except.', '除外するプリンシパル') },
    Action: stringOrList(
      'Actions such as secretsmanager:GetSecretValue. Avoid *.',
      'secretsmanager:GetSecretValue などのアクション。* は避ける',
    ),
    NotAction: stringOrList('All actions except these.', '除外するアクション'),
    Resource: stringOrList(
      'Resource ARNs. Avoid * where the action supports ARNs.',
      'リソース ARN。ARN を指定できるアクションで * は避ける',
    ),
    NotResource: stringOrList('All resources except these.', '除外するリソース'),
    Condition: { type: 'object', ...d('Conditions.', '条件') },
  },
  additionalProperties: false,
  required: ['Effect'],
  ...d('A policy statement.', 'ポリシーのステートメント'),
};

export const iamPolicySchema: Schema = {
  type: 'object',
  properties: {
    Version: enumOf(['2012-10-17', '2008-10-17'], 'Use 2012-10-17.', '2012-10-17 を使う'),
    Id: str('Policy id.', 'ポリシー ID'),
    Statement: {
      anyOf: [statement, { type: 'array', items: statement, minItems: 1 }],
      ...d('Statements.', 'ステートメント'),
    },
  },
  additionalProperties: false,
  required: ['Statement'],
  ...d('An IAM policy document.', 'IAM ポリシードキュメント'),
};

export const cfnSchema: Schema = {
  type: 'object',
  properties: {
    AWSTemplateFormatVersion: enumOf(
      ['2010-09-09'],
      'Template format version.',
      'テンプレート形式のバージョン',
    ),
    Description: str('Template description.', 'テンプレートの説明'),
    Metadata: { type: 'object' },
    Parameters: { type: 'object', ...d('Input parameters.', '入力パラメータ') },
    Mappings: { type: 'object' },
    Conditions: { type: 'object' },
    Transform: {},
    Rules: { type: 'object' },
    Outputs: { type: 'object' },
    Resources: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: {
          Type: str(
            'Resource type, e.g. AWS::ECS::TaskDefinition.',
            'リソースタイプ（例 AWS::ECS::TaskDefinition）',
          ),
          Properties: {
            type: 'object',
            ...d('Resource properties (PascalCase).', 'リソースのプロパティ（PascalCase）'),
          },
          DependsOn: {},
          Condition: { type: 'string' },
          DeletionPolicy: { type: 'string' },
          UpdateReplacePolicy: { type: 'string' },
          Metadata: { type: 'object' },
          CreationPolicy: { type: 'object' },
          UpdatePolicy: { type: 'object' },
        },
        required: ['Type'],
        additionalProperties: false,
      },
      ...d('The resources of the stack.', 'スタックのリソース'),
    },
  },
  required: ['Resources'],
  additionalProperties: false,
  ...d('An AWS CloudFormation template.', 'AWS CloudFormation テンプレート'),
};
