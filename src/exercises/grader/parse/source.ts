/** The parsed form of a source text that every rule works on. */
import type { SourceFormat } from '../types.ts';

/** Character range of a node in the source text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Something the parser noticed that is not a syntax error (reported as a finding). */
export interface ParseProblem {
  readonly code: 'duplicate-key' | 'too-deep' | 'too-many-nodes';
  readonly pointer: string;
  readonly key?: string;
}

export interface SourceDoc {
  readonly format: SourceFormat;
  readonly text: string;
  /** The value, with null-prototype objects; CloudFormation intrinsics are marked. */
  readonly value: unknown;
  /** Span of the value at a JSON pointer, or of its nearest existing ancestor. */
  spanOf(pointer: string): Span | undefined;
  readonly problems: readonly ParseProblem[];
}

export type ParseOutcome =
  | { readonly ok: true; readonly doc: SourceDoc }
  | {
      readonly ok: false;
      readonly code: 'syntax' | 'empty' | 'too-large' | 'too-deep';
      readonly message: string;
      readonly offset: number;
      /** The parser's own error code (jsonc-parser's name, yaml's ErrorCode), for localized text. */
      readonly reason?: string;
    };

/**
 * Largest source we grade (characters). A task definition may be at most 64 KiB. YAML parsing is
 * about 10× slower than JSON, so its limit is lower to stay within 200 ms on slow machines; both are
 * above CloudFormation's 51,200-byte limit for a template passed inline.
 */
export const MAX_SOURCE_CHARS = { json: 256 * 1024, yaml: 128 * 1024 } as const;
/** Deepest nesting we accept; real inputs stay below 15. */
export const MAX_DEPTH = 100;
/** Upper bound on values built from one source (stops YAML alias bombs). */
export const MAX_NODES = 100_000;

/** CloudFormation intrinsic functions: a one-key object with one of these keys. */
export function isIntrinsicKey(key: string): boolean {
  return key === 'Ref' || key.startsWith('Fn::') || key === 'Condition';
}

/**
 * Nesting depth of brackets outside strings, stopping early past the limit. Used before parsing
 * because the parsers recurse once per level and would overflow the stack on 10,000 levels.
 */
export function bracketDepthExceeds(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92 && quote === 34) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34) quote = 34;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > limit) return i;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Checks shared by both formats before parsing. */
export function precheck(text: string, format: SourceFormat): ParseOutcome | undefined {
  const limit = MAX_SOURCE_CHARS[format];
  if (text.length > limit) {
    return {
      ok: false,
      code: 'too-large',
      message: `input is ${text.length} characters; the grader accepts at most ${limit / 1024} KiB of ${format.toUpperCase()}`,
      offset: 0,
    };
  }
  if (text.trim() === '') return { ok: false, code: 'empty', message: 'input is empty', offset: 0 };
  const deep = bracketDepthExceeds(text, MAX_DEPTH);
  if (deep !== undefined) {
    return {
      ok: false,
      code: 'too-deep',
      message: `nested more than ${MAX_DEPTH} levels deep`,
      offset: deep,
    };
  }
  return undefined;
}
