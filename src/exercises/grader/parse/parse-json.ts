/** JSON parsing with positions (jsonc-parser's syntax tree) into null-prototype values. */
import { parseTree, printParseErrorCode, type Node, type ParseError as JsoncError } from 'jsonc-parser';
import { markIntrinsic, newObj, ptr, splitPointer, type Obj } from '../value.ts';
import {
  isIntrinsicKey,
  MAX_DEPTH,
  precheck,
  type ParseOutcome,
  type ParseProblem,
  type Span,
} from './source.ts';

/** Parses strict JSON (no comments, no trailing commas, as the AWS CLI's json module). */
export function parseJson(text: string): ParseOutcome {
  const pre = precheck(text, 'json');
  if (pre) return pre;
  const errors: JsoncError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (e) {
    if (e instanceof RangeError)
      return { ok: false, code: 'too-deep', message: 'nested too deeply', offset: 0 };
    throw e;
  }
  const first = errors[0];
  if (first || !root) {
    return {
      ok: false,
      code: 'syntax',
      message: first ? describeJsonError(first) : 'no JSON value',
      offset: first?.offset ?? 0,
      ...(first ? { reason: printParseErrorCode(first.error) } : {}),
    };
  }
  const problems: ParseProblem[] = [];
  const budget = { nodes: 0 };
  const value = toValue(root, '', 0, problems, budget);
  const tree = root;
  return { ok: true, doc: { format: 'json', text, value, problems, spanOf: (p) => spanOf(tree, p) } };
}

function describeJsonError(e: JsoncError): string {
  const names: Record<string, string> = {
    InvalidSymbol: 'invalid symbol',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected',
    ValueExpected: 'value expected',
    ColonExpected: 'colon expected',
    CommaExpected: 'comma expected',
    CloseBraceExpected: 'closing brace expected',
    CloseBracketExpected: 'closing bracket expected',
    EndOfFileExpected: 'end of file expected',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unexpected end of comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unexpected end of number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character',
  };
  const code = printParseErrorCode(e.error);
  return names[code] ?? code;
}

function toValue(
  node: Node,
  pointer: string,
  depth: number,
  problems: ParseProblem[],
  budget: { nodes: number },
): unknown {
  budget.nodes++;
  if (node.type === 'object') {
    const o: Obj = newObj();
    if (depth >= MAX_DEPTH) {
      problems.push({ code: 'too-deep', pointer });
      return o;
    }
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || !v || typeof k.value !== 'string') continue;
      const key = k.value;
      if (Object.prototype.hasOwnProperty.call(o, key))
        problems.push({ code: 'duplicate-key', pointer: ptr(pointer, key), key });
      o[key] = toValue(v, ptr(pointer, key), depth + 1, problems, budget);
    }
    const keys = Object.keys(o);
    if (keys.length === 1 && isIntrinsicKey(keys[0] ?? '')) markIntrinsic(o, keys[0] ?? '');
    return o;
  }
  if (node.type === 'array') {
    if (depth >= MAX_DEPTH) {
      problems.push({ code: 'too-deep', pointer });
      return [];
    }
    return (node.children ?? []).map((c, i) => toValue(c, ptr(pointer, i), depth + 1, problems, budget));
  }
  return node.value as unknown;
}

/** Span of the node at a pointer (the last duplicate key wins, as in the value), else of its nearest ancestor. */
function spanOf(root: Node, pointer: string): Span {
  let node = root;
  for (const token of splitPointer(pointer)) {
    let next: Node | undefined;
    if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        if (prop.children?.[0]?.value === token) next = prop.children[1];
      }
    } else if (node.type === 'array' && /^\d+$/.test(token)) {
      next = node.children?.[Number(token)];
    }
    if (!next) break;
    node = next;
  }
  return { start: node.offset, end: node.offset + node.length };
}
