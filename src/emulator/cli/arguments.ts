/**
 * Turns an operation's command-line options into its API input, as AWS CLI v2 does: one option per
 * top-level input member (kebab-case), booleans as `--flag` / `--no-flag`, lists as several
 * words, structures as shorthand or JSON, `file://` from the virtual file system,
 * `--cli-input-json` / `--cli-input-yaml` merged under the explicit options.
 */
import { parse as parseYaml } from 'yaml';
import { shapeOf, type ShapeRef } from '../api-model.ts';
import { kebab } from './names.ts';
import {
  looksLikeShorthandStruct,
  parseShorthandStruct,
  parseShorthandValue,
  type Shorthand,
} from './shorthand.ts';

/** A usage error (exit code 252) with the CLI's text. */
export class UsageError extends Error {}

/** Global options that take a value. */
export const GLOBAL_VALUE_OPTIONS = [
  '--output',
  '--query',
  '--region',
  '--profile',
  '--endpoint-url',
  '--color',
  '--cli-read-timeout',
  '--cli-connect-timeout',
  '--cli-binary-format',
  '--ca-bundle',
];
/** Global flags. */
export const GLOBAL_FLAGS = [
  '--debug',
  '--no-paginate',
  '--no-cli-pager',
  '--no-verify-ssl',
  '--no-sign-request',
  '--cli-auto-prompt',
  '--no-cli-auto-prompt',
];

/** What the command line asked for. */
export interface ParsedArgs {
  input: Record<string, unknown>;
  globals: Record<string, string>;
  skeleton?: 'input' | 'output' | 'yaml-input';
  /** True when --cli-input-json/yaml gave the input (required options are then checked by validation). */
  fromFile: boolean;
}

function coerce(ref: ShapeRef, v: Shorthand): unknown {
  const def = shapeOf(ref);
  if (def === undefined) {
    if (typeof v !== 'string') return v;
    if (ref === 'n' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
    if (ref === 'b' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
    return v;
  }
  if (def.t === 'list') return (Array.isArray(v) ? v : [v]).map((x) => coerce(def.v, x));
  if (typeof v !== 'object' || Array.isArray(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) out[k] = coerce(def.t === 'map' ? def.v : (def.m[k] ?? 's'), val);
  return out;
}

function parseJsonArg(option: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(
      `Error parsing parameter '${option}': Invalid JSON: ${e instanceof Error ? e.message : String(e)}\nJSON received: ${text}`,
    );
  }
}

function parseStructArg(option: string, ref: ShapeRef, text: string): unknown {
  const t = text.trim();
  if (t.startsWith('{') || (t.startsWith('[') && shapeOf(ref)?.t === 'list')) return parseJsonArg(option, t);
  try {
    if (shapeOf(ref)?.t === 'list') return coerce(ref, parseShorthandValue(t));
    return coerce(ref, parseShorthandStruct(t));
  } catch (e) {
    throw new UsageError(
      `Error parsing parameter '${option}': ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

function valueOf(option: string, ref: ShapeRef, values: string[]): unknown {
  const def = shapeOf(ref);
  if (def === undefined) {
    if (values.length !== 1) throw new UsageError(`argument ${option}: expected one argument`);
    return coerce(ref, values[0] as string);
  }
  if (def.t !== 'list') {
    if (values.length !== 1) throw new UsageError(`argument ${option}: expected one argument`);
    return parseStructArg(option, ref, values[0] as string);
  }
  if (values.length === 1 && (values[0] as string).trim().startsWith('[')) {
    const t = (values[0] as string).trim();
    if (/^\[\s*[{"\]]/.test(t) || /^\[\s*-?\d/.test(t)) return parseJsonArg(option, t);
    return parseStructArg(option, ref, t);
  }
  const element = def.v;
  const elementDef = shapeOf(element);
  if (elementDef === undefined) return values.flatMap((v) => v.split(',')).map((v) => coerce(element, v));
  return values.map((v) => {
    const t = v.trim();
    if (t.startsWith('{')) return parseJsonArg(option, t);
    if (!looksLikeShorthandStruct(t))
      throw new UsageError(
        `Error parsing parameter '${option}': Expected: '=', received: 'EOF' for input:\n${v}`,
      );
    return parseStructArg(option, element, t);
  });
}

/** Reads `file://` and `fileb://` values from the virtual file system. */
export function loadParamFile(
  option: string,
  value: string,
  read: (path: string) => string | undefined,
): string {
  const m = /^fileb?:\/\/(.*)$/s.exec(value);
  if (m === null) return value;
  const path = m[1] ?? '';
  const text = read(path);
  if (text === undefined) {
    throw new UsageError(
      `Error parsing parameter '${option}': Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${path}'`,
    );
  }
  return text;
}

/** Parses the words after `aws <service> <operation>`. */
export function parseOperationArgs(
  words: string[],
  inputRef: ShapeRef,
  read: (path: string) => string | undefined,
): ParsedArgs {
  const def = shapeOf(inputRef);
  const members = def?.t === 'struct' ? def.m : {};
  const byOption = new Map(Object.keys(members).map((m) => [`--${kebab(m)}`, m]));
  const globals: Record<string, string> = {};
  const explicit: Record<string, unknown> = {};
  const unknown: string[] = [];
  let skeleton: ParsedArgs['skeleton'];
  let fileInput: Record<string, unknown> | undefined;
  let i = 0;
  const takeValues = (): string[] => {
    const out: string[] = [];
    while (i < words.length && !(words[i] as string).startsWith('--')) out.push(words[i++] as string);
    return out;
  };
  while (i < words.length) {
    const w = words[i++] as string;
    if (GLOBAL_FLAGS.includes(w)) continue;
    if (GLOBAL_VALUE_OPTIONS.includes(w)) {
      const v = words[i++];
      if (v === undefined) throw new UsageError(`argument ${w}: expected one argument`);
      globals[w.slice(2)] = v;
      continue;
    }
    if (w === '--generate-cli-skeleton') {
      const v = words[i];
      if (v === 'input' || v === 'output' || v === 'yaml-input') {
        skeleton = v;
        i += 1;
      } else skeleton = 'input';
      continue;
    }
    if (w === '--cli-input-json' || w === '--cli-input-yaml') {
      const v = words[i++];
      if (v === undefined) throw new UsageError(`argument ${w}: expected one argument`);
      const text = loadParamFile(w, v, read);
      let parsed: unknown;
      try {
        parsed = w === '--cli-input-json' ? JSON.parse(text) : parseYaml(text);
      } catch (e) {
        throw new UsageError(
          w === '--cli-input-json'
            ? `Error parsing parameter '--cli-input-json': Invalid JSON received.`
            : `Error parsing parameter '--cli-input-yaml': ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
        );
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new UsageError(`Invalid type for ${w}: the input must be a JSON object.`);
      }
      fileInput = parsed as Record<string, unknown>;
      continue;
    }
    const negated = w.startsWith('--no-') ? byOption.get(`--${w.slice(5)}`) : undefined;
    if (negated !== undefined && members[negated] === 'b') {
      explicit[negated] = false;
      continue;
    }
    const member = byOption.get(w);
    if (member === undefined) {
      unknown.push(w);
      takeValues().forEach((v) => unknown.push(v));
      continue;
    }
    const ref = members[member] as ShapeRef;
    if (ref === 'b') {
      explicit[member] = true;
      continue;
    }
    const values = takeValues().map((v) => loadParamFile(w, v, read));
    if (values.length === 0) throw new UsageError(`argument ${w}: expected one argument`);
    explicit[member] = valueOf(w, ref, values);
  }
  if (unknown.length > 0) throw new UsageError(`Unknown options: ${unknown.join(', ')}`);
  const input = { ...(fileInput ?? {}), ...explicit };
  if (fileInput === undefined && skeleton === undefined && def?.t === 'struct') {
    const missing = def.r.filter((r) => explicit[r] === undefined).map((r) => `--${kebab(r)}`);
    if (missing.length > 0)
      throw new UsageError(`the following arguments are required: ${missing.join(', ')}`);
  }
  return {
    input,
    globals,
    ...(skeleton !== undefined ? { skeleton } : {}),
    fromFile: fileInput !== undefined,
  };
}
