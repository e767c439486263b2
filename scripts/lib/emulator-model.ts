// Reads the AWS SDK v3 static schemas into the compact model the emulator's CLI uses.
import { EMULATED_OPERATIONS } from '../../src/emulator/operations.ts';
import type { ApiModel, ShapeDef, ShapeRef } from '../../src/emulator/api-model.ts';

type Schema = unknown;

const SIMPLE: Record<number, ShapeRef> = {
  0: 's',
  1: 'n',
  2: 'b',
  4: 'ts',
  5: 'ts',
  6: 'ts',
  7: 'ts',
  15: 'doc',
  21: 'blob',
};

/** Builds the model from the installed SDK packages. */
export async function buildApiModel(): Promise<ApiModel> {
  const sdk: Record<string, Record<string, unknown>> = {
    ecs: await import('@aws-sdk/client-ecs'),
    'application-autoscaling': await import('@aws-sdk/client-application-auto-scaling'),
  };
  const shapes: Record<string, ShapeDef> = {};
  const model: ApiModel = { services: { ecs: {}, 'application-autoscaling': {} }, shapes };
  const walk = (schema: Schema): ShapeRef => {
    const s = typeof schema === 'function' ? (schema as () => Schema)() : schema;
    if (typeof s === 'number') {
      if (s & 64) return listOf(SIMPLE[s & 63] ?? 's');
      if (s & 128) return mapOf(SIMPLE[s & 127] ?? 's');
      return SIMPLE[s] ?? 's';
    }
    if (!Array.isArray(s)) throw new Error(`unexpected schema ${String(s)}`);
    // A member with traits: [schema, traits].
    if (s.length === 2) return walk(s[0]);
    const kind = s[0] as number;
    const name = s[2] as string;
    if (kind === 0) return walk(s[4]);
    if (shapes[name] !== undefined) return name;
    if (kind === 3 || kind === -3 || kind === 4) {
      const def: ShapeDef = { t: 'struct', m: {}, r: [] };
      shapes[name] = def;
      const names = s[4] as string[];
      const types = s[5] as Schema[];
      names.forEach((n, i) => {
        def.m[n] = walk(types[i]);
      });
      const required = typeof s[6] === 'number' ? s[6] : 0;
      def.r = names.slice(0, required);
      return name;
    }
    if (kind === 1) {
      const def: ShapeDef = { t: 'list', v: 's' };
      shapes[name] = def;
      def.v = walk(s[4]);
      return name;
    }
    if (kind === 2) {
      const def: ShapeDef = { t: 'map', v: 's' };
      shapes[name] = def;
      def.v = walk(s[5]);
      return name;
    }
    throw new Error(`unexpected schema kind ${kind} for ${name}`);
  };
  const listOf = (v: ShapeRef): ShapeRef => {
    const name = `${v}List`;
    shapes[name] ??= { t: 'list', v };
    return name;
  };
  const mapOf = (v: ShapeRef): ShapeRef => {
    const name = `${v}Map`;
    shapes[name] ??= { t: 'map', v };
    return name;
  };
  for (const [service, operations] of Object.entries(EMULATED_OPERATIONS)) {
    const lib = sdk[service];
    if (lib === undefined) throw new Error(service);
    for (const op of operations) {
      const opSchema = lib[`${op}$`];
      if (!Array.isArray(opSchema)) throw new Error(`no schema for ${service} ${op}`);
      model.services[service as keyof ApiModel['services']][op] = {
        input: walk(opSchema[4]),
        output: walk(opSchema[5]),
      };
    }
  }
  const sorted: Record<string, ShapeDef> = {};
  for (const k of Object.keys(shapes).sort()) sorted[k] = shapes[k] as ShapeDef;
  return { ...model, shapes: sorted };
}
