/**
 * The simulator's input errors in the learner's language. `src/sim` stays pure and English: it
 * throws a SimInputError with a stable `code`, the offending `field` and an English sentence; the
 * widgets say it in Japanese from the code and field (numbers are read from the sentence).
 */
import type { Lang } from '../i18n/ui.ts';

/** What a widget model reports when the simulator refused its input. */
export interface SimErrorInfo {
  readonly code: string;
  readonly field: string;
  readonly message: string;
  /** A Japanese sentence the simulator already has for this error (src/aws rules carry both). */
  readonly messageJa?: string | undefined;
}

/** Japanese names of the simulator's input fields (the last part of a dotted path). */
const FIELD_JA: Readonly<Record<string, string>> = {
  desiredCount: '希望タスク数',
  desired: '希望タスク数',
  strategy: 'キャパシティプロバイダー戦略',
  base: 'base（最低タスク数）',
  weight: 'weight（重み）',
  capacityProvider: 'キャパシティプロバイダー名',
  minimumHealthyPercent: '最小ヘルス率（minimumHealthyPercent）',
  maximumPercent: '最大率（maximumPercent）',
  minCapacity: '最小タスク数',
  maxCapacity: '最大タスク数',
  targetValue: '目標値',
  scaleOutCooldown: 'スケールアウトのクールダウン',
  scaleInCooldown: 'スケールインのクールダウン',
  startupSeconds: 'タスクの起動時間',
  cpu: 'CPU',
  memoryMiB: 'メモリ',
  hours: '時間数',
  instanceType: 'インスタンスタイプ',
  serviceName: 'サービス名',
  schedule: 'スケジュール式',
  points: 'タスク数の推移',
};

/** A field path such as `strategy[1].weight` in Japanese: 「キャパシティプロバイダー戦略の 2 行目の weight（重み）」. */
export function fieldNameJa(field: string): string {
  const parts = field.split('.');
  return parts
    .map((part) => {
      const match = /^([A-Za-z]+)\[(\d+)\]$/.exec(part);
      if (match) return `${FIELD_JA[match[1] ?? ''] ?? match[1]}の ${Number(match[2]) + 1} 行目`;
      return FIELD_JA[part] ?? part;
    })
    .join('の');
}

/** Specific strategy rules, recognised by their English sentence. */
const STRATEGY_JA: readonly (readonly [RegExp, string])[] = [
  [/at least one capacity provider\.$/, '戦略にはキャパシティプロバイダーが 1 つ以上必要です。'],
  [/at most (\d+) capacity providers/, '戦略に入れられるキャパシティプロバイダーは $1 個までです。'],
  [/must be a name of/, 'キャパシティプロバイダー名は 1〜255 文字で指定してください。'],
  [/appears more than once/, '同じキャパシティプロバイダーが戦略に 2 回以上入っています。'],
  [
    /only one capacity provider .* base/,
    'base を指定できるのは戦略の中の 1 つのキャパシティプロバイダーだけです。',
  ],
  [
    /weight greater than 0/,
    '戦略の中の少なくとも 1 つのキャパシティプロバイダーは weight を 1 以上にしてください。',
  ],
  [
    /cannot mix Fargate/,
    'Fargate のキャパシティプロバイダー（FARGATE、FARGATE_SPOT）と Auto Scaling グループのキャパシティプロバイダーは 1 つの戦略に混在できません。',
  ],
];

/** The error for a person reading `lang`. */
export function simErrorText(lang: Lang, error: SimErrorInfo): string {
  if (lang === 'en') return error.message;
  if (error.messageJa) return error.messageJa;
  const field = fieldNameJa(error.field);
  const got = /got (.+?)\.?$/.exec(error.message)?.[1];
  const shown = got === undefined ? '' : `（入力値: ${got}）`;
  switch (error.code) {
    case 'NOT_A_NUMBER':
      return `${field}には数値を入力してください${shown}。`;
    case 'NOT_AN_INTEGER':
      return `${field}には整数を入力してください${shown}。`;
    case 'OUT_OF_RANGE': {
      const range = /between (\S+) and (\S+),/.exec(error.message);
      return range
        ? `${field}は ${range[1]} 以上 ${range[2]} 以下にしてください${shown}。`
        : `${field}が扱える範囲を超えています${shown}。`;
    }
    case 'UNKNOWN_VALUE':
      return `${field}に選べない値が指定されています${shown}。`;
    case 'INVALID_STRATEGY': {
      const rule = STRATEGY_JA.find(([pattern]) => pattern.test(error.message));
      if (!rule) return `${field}が正しくありません。`;
      return rule[1].replace('$1', rule[0].exec(error.message)?.[1] ?? '');
    }
    case 'INVALID_EXPRESSION':
      return `${field}の書き方が正しくありません。`;
    case 'PRICE_NOT_AVAILABLE':
      return 'この組み合わせの料金はデータにないため、見積もりません。';
    case 'UNSUPPORTED_COMBINATION':
      return `この組み合わせ（${field}）は AWS でサポートされていません。`;
    default:
      return `${field}の値が正しくありません。`;
  }
}
