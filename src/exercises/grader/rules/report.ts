/** How rule checks report problems, and the CloudFormation pointer mapping. */
import type { Params, RuleMeta } from '../types.ts';
import { get, isObj, ptr, splitPointer } from '../value.ts';

export interface Reporter {
  /**
   * Reports a rule violation at a JSON pointer relative to the checked value, with the id of the
   * rule's message template to use (`default` when left out).
   */
  report(rule: RuleMeta, pointer: string, params?: Params, messageId?: string): void;
}

export interface Report {
  readonly rule: RuleMeta;
  readonly pointer: string;
  readonly params: Params;
  readonly messageId: string;
}

/** A reporter that collects reports. */
export function collector(): Reporter & { readonly reports: Report[] } {
  const reports: Report[] = [];
  return {
    reports,
    report: (rule, pointer, params = {}, messageId = 'default') =>
      void reports.push({ rule, pointer, params, messageId }),
  };
}

/** First letter lower-cased: CloudFormation `ContainerDefinitions` → API `containerDefinitions`. */
export function camel(key: string): string {
  return key.charAt(0).toLowerCase() + key.slice(1);
}

/** Keys whose children are user data (option maps, labels) and keep their spelling. */
const FREE_FORM = new Set(['options', 'dockerLabels', 'Options', 'DockerLabels', 'tags', 'Tags']);

/**
 * Converts CloudFormation PascalCase properties to the API's camelCase once, so one set of rules
 * serves both. Intrinsic function values are kept as they are (rules skip them).
 */
export function toCamel(value: unknown, depth = 0): unknown {
  if (depth > 60) return value;
  if (Array.isArray(value)) return value.map((v) => toCamel(v, depth + 1));
  if (!isObj(value)) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(value)) {
    const key = camel(k);
    out[key] = FREE_FORM.has(k) ? value[k] : toCamel(value[k], depth + 1);
  }
  return out;
}

/** Maps a pointer in the camelCase copy back to the original PascalCase document. */
export function pascalPointer(original: unknown, camelPointer: string): string {
  let node = original;
  let out = '';
  let free = false;
  for (const token of splitPointer(camelPointer)) {
    let key = token;
    if (isObj(node) && !free) {
      key = Object.keys(node).find((k) => camel(k) === token) ?? token;
    }
    free = FREE_FORM.has(key);
    out = ptr(out, key);
    node = Array.isArray(node) ? node[Number(token)] : get(node, key);
  }
  return out;
}

/** A reporter that prefixes a base pointer and maps camelCase pointers back to PascalCase. */
export function cfnReporter(parent: Reporter, base: string, original: unknown): Reporter {
  return {
    report: (rule, pointer, params, messageId) =>
      parent.report(rule, base + pascalPointer(original, pointer), params, messageId),
  };
}

/** A reporter that prefixes a base pointer. */
export function prefixed(parent: Reporter, base: string): Reporter {
  return {
    report: (rule, pointer, params, messageId) => parent.report(rule, base + pointer, params, messageId),
  };
}
