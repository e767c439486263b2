/**
 * Small builders for the JSON Schemas. Convention: `description` holds English and
 * `x-description-ja` holds Japanese. Monaco's JSON language service shows `description` in hovers;
 * the editor setup copies `x-description-ja` into `description` for the Japanese site.
 */
export type Schema = Record<string, unknown>;

/** Bilingual description keywords. */
export function d(en: string, ja: string): Schema {
  return { description: en, 'x-description-ja': ja };
}

export function str(en: string, ja: string, extra: Schema = {}): Schema {
  return { type: 'string', ...d(en, ja), ...extra };
}

export function int(en: string, ja: string, extra: Schema = {}): Schema {
  return { type: 'integer', ...d(en, ja), ...extra };
}

export function num(en: string, ja: string, extra: Schema = {}): Schema {
  return { type: 'number', ...d(en, ja), ...extra };
}

export function bool(en: string, ja: string): Schema {
  return { type: 'boolean', ...d(en, ja) };
}

export function enumOf(values: readonly string[], en: string, ja: string): Schema {
  return { type: 'string', enum: values, ...d(en, ja) };
}

export function arrayOf(items: Schema, en: string, ja: string, extra: Schema = {}): Schema {
  return { type: 'array', items, ...d(en, ja), ...extra };
}

/** A closed object: unknown keys are errors, as in the AWS CLI's parameter validation. */
export function obj(properties: Record<string, Schema>, en: string, ja: string, extra: Schema = {}): Schema {
  return { type: 'object', properties, additionalProperties: false, ...d(en, ja), ...extra };
}

/** A string-to-string map such as log driver options or Docker labels. */
export function stringMap(en: string, ja: string): Schema {
  return { type: 'object', additionalProperties: { type: 'string' }, ...d(en, ja) };
}

export const tags = arrayOf(
  obj(
    {
      key: str('Tag key (≤128 characters).', 'タグのキー（128文字以内）'),
      value: str('Tag value (≤256 characters).', 'タグの値（256文字以内）'),
    },
    'A tag.',
    'タグ',
  ),
  'Up to 50 tags.',
  '最大50個のタグ',
  { maxItems: 50 },
);

export const keyValueList = arrayOf(
  obj(
    { name: str('Variable name.', '変数名'), value: str('Variable value.', '変数の値') },
    'A name/value pair.',
    '名前と値の組',
  ),
  'Name/value pairs.',
  '名前と値の組のリスト',
);
