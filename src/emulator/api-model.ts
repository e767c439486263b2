/** The compact API model (generated from the AWS SDK by scripts/gen-emulator-model.ts) and readers. */
import generated from './generated/api-model.json' with { type: 'json' };

/** A shape name, or a simple type: string, number, boolean, timestamp, document, blob. */
export type ShapeRef = string;

/** One named shape: a structure (members, required names), a list or a map. */
export type ShapeDef =
  | { t: 'struct'; m: Record<string, ShapeRef>; r: string[] }
  | { t: 'list'; v: ShapeRef }
  | { t: 'map'; v: ShapeRef };

/** The model: per service, the operations' input and output shapes; and every shape by name. */
export interface ApiModel {
  services: {
    ecs: Record<string, { input: ShapeRef; output: ShapeRef }>;
    'application-autoscaling': Record<string, { input: ShapeRef; output: ShapeRef }>;
  };
  shapes: Record<string, ShapeDef>;
}

/** The model of the emulated operations, read from the AWS SDK. */
export const API_MODEL = generated as ApiModel;

const SIMPLE = new Set(['s', 'n', 'b', 'ts', 'doc', 'blob']);

/** The definition of a shape, or undefined for a simple type. */
export function shapeOf(ref: ShapeRef): ShapeDef | undefined {
  return SIMPLE.has(ref) ? undefined : API_MODEL.shapes[ref];
}
