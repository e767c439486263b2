/**
 * YAML parsing with positions, using the `yaml` package's document nodes (js-yaml 4 keeps no
 * per-node positions). Aliases are expanded by our own walker under a node budget (yaml's
 * `maxAliasCount` only applies to its toJS()). CloudFormation short-form tags (`!Ref`, `!Sub`, …) become the long form.
 */
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Alias,
  type CollectionTag,
  type Document,
  type Node as YNode,
  type ScalarTag,
} from 'yaml';
import { markIntrinsic, newObj, ptr, splitPointer, type Obj } from '../value.ts';
import {
  isIntrinsicKey,
  MAX_DEPTH,
  MAX_NODES,
  precheck,
  type ParseOutcome,
  type ParseProblem,
  type Span,
} from './source.ts';

/** CloudFormation short-form tags and the long-form key each stands for. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!FindInMap': 'Fn::FindInMap',
  '!GetAtt': 'Fn::GetAtt',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!Sub': 'Fn::Sub',
  '!Transform': 'Fn::Transform',
  '!And': 'Fn::And',
  '!Equals': 'Fn::Equals',
  '!If': 'Fn::If',
  '!Not': 'Fn::Not',
  '!Or': 'Fn::Or',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
};

/**
 * The short-form tags declared to `yaml` so that it keeps them as plain tagged nodes (the converter
 * below turns them into the long form). Undeclared, each one costs a "Unresolved tag" warning, an
 * Error object with a stack trace: a fifth of the parse time of a large template.
 */
const CFN_TAGS: readonly (ScalarTag | CollectionTag)[] = Object.keys(SHORT_FORMS).flatMap(
  (tag): (ScalarTag | CollectionTag)[] => [
    { tag, resolve: (value: string) => value },
    { tag, collection: 'seq', resolve: (seq) => seq },
    { tag, collection: 'map', resolve: (map) => map },
  ],
);

/** Parses one YAML document. Aliases are expanded up to a node budget; duplicate keys are reported. */
export function parseYaml(text: string): ParseOutcome {
  const pre = precheck(text, 'yaml');
  if (pre) return pre;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      uniqueKeys: false,
      prettyErrors: false,
      customTags: [...CFN_TAGS],
    });
  } catch (e) {
    if (e instanceof RangeError)
      return { ok: false, code: 'too-deep', message: 'nested too deeply', offset: 0 };
    throw e;
  }
  const err = doc.errors[0];
  if (err)
    return {
      ok: false,
      code: 'syntax',
      message: firstLine(err.message),
      offset: err.pos[0],
      reason: err.code,
    };
  const problems: ParseProblem[] = [];
  const conv = new Converter(doc, problems);
  const value = doc.contents ? conv.toValue(doc.contents, '', 0) : null;
  if (value === null && doc.contents === null)
    return { ok: false, code: 'empty', message: 'input is empty', offset: 0 };
  return { ok: true, doc: { format: 'yaml', text, value, problems, spanOf: (p) => spanOf(doc, p) } };
}

function firstLine(m: string): string {
  return (m.split('\n')[0] ?? m).trim();
}

/**
 * Anchor lookup built in one pass. yaml's own Alias.resolve() walks the whole document on every
 * call, which makes alias bombs slow; this finds the latest anchor defined before the alias.
 */
function anchorResolver(doc: Document.Parsed): (alias: Alias) => YNode | undefined {
  let anchors: Map<string, YNode[]> | undefined;
  return (alias) => {
    anchors ??= anchorsOf(doc);
    const start = alias.range?.[0] ?? Infinity;
    const list = anchors.get(alias.source) ?? [];
    let found: YNode | undefined;
    for (const n of list) if ((n.range?.[0] ?? 0) < start) found = n;
    return found;
  };
}

/** Every anchored node by anchor name, in document order (one walk, done at the first alias). */
function anchorsOf(doc: Document.Parsed): Map<string, YNode[]> {
  const anchors = new Map<string, YNode[]>();
  visit(doc, (_key, node) => {
    const anchor = node ? (node as { anchor?: string }).anchor : undefined;
    if (anchor && !isAlias(node)) {
      const list = anchors.get(anchor) ?? [];
      list.push(node as YNode);
      anchors.set(anchor, list);
    }
  });
  return anchors;
}

class Converter {
  private nodes = 0;
  private readonly resolve: (alias: Alias) => YNode | undefined;
  private readonly problems: ParseProblem[];
  constructor(doc: Document.Parsed, problems: ParseProblem[]) {
    this.resolve = anchorResolver(doc);
    this.problems = problems;
  }

  toValue(node: YNode, pointer: string, depth: number): unknown {
    if (++this.nodes > MAX_NODES) {
      if (this.nodes === MAX_NODES + 1) this.problems.push({ code: 'too-many-nodes', pointer });
      return null;
    }
    if (isAlias(node)) {
      const target = this.resolve(node);
      return target ? this.toValue(target, pointer, depth + 1) : null;
    }
    const plain = this.plainValue(node, pointer, depth);
    const long = node.tag ? SHORT_FORMS[node.tag] : undefined;
    if (!long) return plain;
    const o: Obj = newObj();
    o[long] = long === 'Fn::GetAtt' && typeof plain === 'string' ? splitGetAtt(plain) : plain;
    return markIntrinsic(o, long);
  }

  private plainValue(node: YNode, pointer: string, depth: number): unknown {
    if (isScalar(node)) {
      const v = node.value;
      return typeof v === 'bigint' ? Number(v) : v;
    }
    if (depth >= MAX_DEPTH && (isMap(node) || isSeq(node))) {
      this.problems.push({ code: 'too-deep', pointer });
      return isSeq(node) ? [] : newObj();
    }
    if (isSeq(node)) {
      return node.items.map((item, i) =>
        item ? this.toValue(item as YNode, ptr(pointer, i), depth + 1) : null,
      );
    }
    if (isMap(node)) {
      const o: Obj = newObj();
      for (const pair of node.items) {
        const key = keyString(pair.key);
        if (Object.prototype.hasOwnProperty.call(o, key))
          this.problems.push({ code: 'duplicate-key', pointer: ptr(pointer, key), key });
        o[key] = pair.value ? this.toValue(pair.value as YNode, ptr(pointer, key), depth + 1) : null;
      }
      const keys = Object.keys(o);
      if (keys.length === 1 && isIntrinsicKey(keys[0] ?? '')) markIntrinsic(o, keys[0] ?? '');
      return o;
    }
    return null;
  }
}

function splitGetAtt(s: string): string[] {
  const dot = s.indexOf('.');
  return dot < 0 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
}

function keyString(k: unknown): string {
  if (isScalar(k)) return String(k.value);
  // A complex key (a map or a list) reads as its YAML text, as String() always gave it.
  if (isNode(k)) return k.toString();
  if (k === null || k === undefined) return '';
  return typeof k === 'string' ? k : (JSON.stringify(k) ?? '');
}

/** Span of the node at a pointer (last duplicate wins), else of its nearest ancestor. */
function spanOf(doc: Document.Parsed, pointer: string): Span | undefined {
  let node: YNode | null | undefined = doc.contents;
  let span: Span | undefined = rangeOf(node);
  for (const token of splitPointer(pointer)) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: YNode | undefined;
    if (isMap(node)) {
      for (const pair of node.items)
        if (keyString(pair.key) === token) next = (pair.value ?? pair.key) as YNode | undefined;
    } else if (isSeq(node) && /^\d+$/.test(token)) {
      next = node.items[Number(token)] as YNode | undefined;
    }
    if (!next) break;
    node = next;
    span = rangeOf(node) ?? span;
  }
  return span;
}

function rangeOf(node: YNode | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}
