/** `--generate-cli-skeleton`: an input (or output) skeleton from the API model. */
import { stringify as toYaml } from 'yaml';
import { shapeOf, type ShapeRef } from '../api-model.ts';

/** A skeleton value of a shape: "" for strings, 0 for numbers, true for booleans, one element per list. */
export function skeletonOf(ref: ShapeRef, depth = 0, seen: string[] = []): unknown {
  const def = shapeOf(ref);
  if (def === undefined) {
    if (ref === 'n') return 0;
    if (ref === 'b') return true;
    if (ref === 'ts') return '1970-01-01T00:00:00';
    if (ref === 'doc') return {};
    return '';
  }
  if (depth > 12 || seen.includes(ref)) return def.t === 'list' ? [] : {};
  const next = [...seen, ref];
  if (def.t === 'list') return [skeletonOf(def.v, depth + 1, next)];
  if (def.t === 'map') return { KeyName: skeletonOf(def.v, depth + 1, next) };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(def.m)) out[k] = skeletonOf(v, depth + 1, next);
  return out;
}

/** The text `--generate-cli-skeleton [input|yaml-input|output]` prints. */
export function skeletonText(ref: ShapeRef, kind: 'input' | 'output' | 'yaml-input'): string {
  const value = skeletonOf(ref);
  return kind === 'yaml-input' ? toYaml(value, { lineWidth: 0 }) : `${JSON.stringify(value, null, 4)}\n`;
}
