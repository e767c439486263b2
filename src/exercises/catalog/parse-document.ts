/**
 * Parses an exercise document for its goal checks. The grader does its own parsing (with positions);
 * goals only need values, so this is a small, safe parse: JSON with JSON.parse, YAML with the `yaml`
 * package, CloudFormation short-form tags (`!Ref`, `!GetAtt`, …) turned into their long form.
 */
import { parse, type CollectionTag, type ScalarTag } from 'yaml';
import type { SourceFormat } from '../grader/index.ts';

const SHORT_FORMS = [
  'Ref',
  'Condition',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::FindInMap',
  'Fn::GetAtt',
  'Fn::GetAZs',
  'Fn::ImportValue',
  'Fn::Join',
  'Fn::Select',
  'Fn::Split',
  'Fn::Sub',
  'Fn::If',
  'Fn::Equals',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
] as const;

function shortTag(longForm: string): (ScalarTag | CollectionTag)[] {
  const tag = '!' + longForm.replace(/^Fn::/, '');
  const wrap = (value: unknown): Record<string, unknown> => ({ [longForm]: value });
  return [
    { tag, resolve: (value: string) => wrap(longForm === 'Fn::GetAtt' ? value.split('.') : value) },
    { tag, collection: 'seq', resolve: (seq) => wrap(seq.toJSON()) },
    { tag, collection: 'map', resolve: (map) => wrap(map.toJSON()) },
  ];
}

const CFN_TAGS = SHORT_FORMS.flatMap(shortTag);

/** The document's value, or undefined when it does not parse. Never throws. */
export function parseDocument(source: string, format: SourceFormat): unknown {
  try {
    if (format === 'json') return JSON.parse(source) as unknown;
    return parse(source, { customTags: CFN_TAGS, maxAliasCount: 100, logLevel: 'silent' }) as unknown;
  } catch {
    return undefined;
  }
}
