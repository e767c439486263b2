/**
 * Words for a parser's error codes in both course languages: jsonc-parser's ParseErrorCode names
 * and the `yaml` package's ErrorCode values. The parsers report a code; the grader says it in the
 * learner's language. An unknown code falls back to the parser's own (English) message.
 */
import type { Lang } from '../types.ts';

type Words = Readonly<Record<Lang, string>>;

/** jsonc-parser's `printParseErrorCode` names. */
const JSON_CODES: Readonly<Record<string, Words>> = {
  InvalidSymbol: { ja: '使えない記号があります', en: 'invalid symbol' },
  InvalidNumberFormat: { ja: '数値の書き方が正しくありません', en: 'invalid number' },
  PropertyNameExpected: { ja: 'ここにはキー（"name" など）が必要です', en: 'property name expected' },
  ValueExpected: { ja: 'ここには値が必要です', en: 'value expected' },
  ColonExpected: { ja: 'キーの後にコロン（:）が必要です', en: 'colon expected' },
  CommaExpected: { ja: '項目の間にカンマ（,）が必要です', en: 'comma expected' },
  CloseBraceExpected: { ja: '閉じ波かっこ（}）が必要です', en: 'closing brace expected' },
  CloseBracketExpected: { ja: '閉じ角かっこ（]）が必要です', en: 'closing bracket expected' },
  EndOfFileExpected: { ja: 'JSON の値の後に余分な文字があります', en: 'end of file expected' },
  InvalidCommentToken: { ja: 'JSON にはコメントを書けません', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfComment: { ja: 'コメントが閉じていません', en: 'unexpected end of comment' },
  UnexpectedEndOfString: { ja: '文字列が閉じていません（" が足りません）', en: 'unterminated string' },
  UnexpectedEndOfNumber: { ja: '数値が途中で終わっています', en: 'unexpected end of number' },
  InvalidUnicode: { ja: 'Unicode エスケープ（\\u）が正しくありません', en: 'invalid unicode escape' },
  InvalidEscapeCharacter: {
    ja: 'エスケープ（\\）の後の文字が正しくありません',
    en: 'invalid escape character',
  },
  InvalidCharacter: { ja: '文字列に使えない文字（改行など）があります', en: 'invalid character' },
};

/** The `yaml` package's ErrorCode values. */
const YAML_CODES: Readonly<Record<string, Words>> = {
  ALIAS_PROPS: {
    ja: 'エイリアスにはタグやアンカーを付けられません',
    en: 'an alias cannot have a tag or anchor',
  },
  BAD_ALIAS: { ja: 'エイリアス（*name）の参照先がありません', en: 'the alias refers to no anchor' },
  BAD_DIRECTIVE: { ja: 'ディレクティブ（%）が正しくありません', en: 'invalid directive' },
  BAD_DQ_ESCAPE: {
    ja: '二重引用符の中のエスケープが正しくありません',
    en: 'invalid escape in a double-quoted string',
  },
  BAD_INDENT: { ja: 'インデントがそろっていません', en: 'the indentation does not line up' },
  BAD_PROP_ORDER: {
    ja: 'アンカーとタグの順序が正しくありません',
    en: 'anchor and tag are in the wrong order',
  },
  BAD_SCALAR_START: {
    ja: '引用符なしの値をこの記号（@ や ` など）で始めることはできません',
    en: 'a plain value cannot start with this character',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    ja: '1 行の中にマッピングを入れ子にできません（「a: b: c」の形）',
    en: 'nested mappings are not allowed on one line',
  },
  BLOCK_IN_FLOW: {
    ja: '[ ] や { } の中にブロック形式は書けません',
    en: 'block collections cannot appear inside flow collections',
  },
  DUPLICATE_KEY: { ja: '同じキーが 2 回あります', en: 'duplicate key' },
  IMPOSSIBLE: { ja: 'YAML として読めません', en: 'the input cannot be read as YAML' },
  KEY_OVER_1024_CHARS: { ja: 'キーが 1024 文字を超えています', en: 'a key is longer than 1024 characters' },
  MISSING_CHAR: {
    ja: '閉じる記号（引用符、] または }）が足りません',
    en: 'a closing quote or bracket is missing',
  },
  MULTILINE_IMPLICIT_KEY: { ja: 'キーは 1 行で書く必要があります', en: 'a key must fit on one line' },
  MULTIPLE_ANCHORS: { ja: '1 つのノードにアンカーが複数あります', en: 'a node has more than one anchor' },
  MULTIPLE_DOCS: {
    ja: 'ドキュメントが複数あります（--- は 1 つにしてください）',
    en: 'more than one document',
  },
  MULTIPLE_TAGS: { ja: '1 つのノードにタグが複数あります', en: 'a node has more than one tag' },
  NON_STRING_KEY: { ja: 'キーは文字列にしてください', en: 'keys must be strings' },
  RESOURCE_EXHAUSTION: { ja: 'エイリアスの展開が大きすぎます', en: 'aliases expand to too much data' },
  TAB_AS_INDENT: {
    ja: 'インデントにタブは使えません（スペースを使います）',
    en: 'tabs cannot be used for indentation',
  },
  TAG_RESOLVE_FAILED: { ja: 'タグ（!name）を解釈できません', en: 'the tag cannot be resolved' },
  UNEXPECTED_TOKEN: { ja: 'ここにこの記号は置けません', en: 'unexpected token' },
  BAD_COLLECTION_TYPE: {
    ja: 'このタグはこの種類のコレクションに使えません',
    en: 'this tag does not fit this collection',
  },
};

/** What the parser's code means in `lang`; the parser's own message when the code is unknown. */
export function syntaxDetail(
  format: 'json' | 'yaml',
  code: string | undefined,
  fallback: string,
  lang: Lang,
): string {
  if (code === undefined) return fallback;
  const table = format === 'json' ? JSON_CODES : YAML_CODES;
  return Object.prototype.hasOwnProperty.call(table, code) ? (table[code]?.[lang] ?? fallback) : fallback;
}
