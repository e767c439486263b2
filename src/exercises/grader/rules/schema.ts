/** Runs the generated standalone JSON Schema validators and turns their errors into findings. */
import {
  validateIamPolicy,
  validateRunTask,
  validateScalingPolicy,
  validateScalingTarget,
  validateScheduledAction,
  validateService,
  validateTaskdef,
  type ValidationError,
  type Validator,
} from '../../schemas/generated/validators.js';
import type { Kind } from '../types.ts';
import { ptr } from '../value.ts';
import { cliParam } from './input/checks.ts';
import invalidValue from './input/invalid-value.ts';
import missingRequired from './input/missing-required.ts';
import unknownParameter from './input/unknown-parameter.ts';
import wrongType from './input/wrong-type.ts';
import type { Reporter } from './report.ts';

const VALIDATORS: Partial<Record<Kind, Validator>> = {
  taskdef: validateTaskdef,
  service: validateService,
  'scaling-target': validateScalingTarget,
  'scaling-policy': validateScalingPolicy,
  'scheduled-action': validateScheduledAction,
  'iam-policy': validateIamPolicy,
  'run-task': validateRunTask,
};

/**
 * Kinds that are one part of another kind's input: validated by the parent's validator with the
 * value placed under its key (one copy of the schema code in the browser bundle).
 */
export const SCHEMA_PARTS: Partial<Record<Kind, readonly [Kind, string]>> = {
  'container-definitions': ['taskdef', 'containerDefinitions'],
  'target-tracking-configuration': ['scaling-policy', 'TargetTrackingScalingPolicyConfiguration'],
  'step-scaling-configuration': ['scaling-policy', 'StepScalingPolicyConfiguration'],
  'capacity-provider-strategy': ['service', 'capacityProviderStrategy'],
  'deployment-configuration': ['service', 'deploymentConfiguration'],
  'network-configuration': ['service', 'networkConfiguration'],
  'service-connect-configuration': ['service', 'serviceConnectConfiguration'],
};

/** The validator of a kind, with errors re-rooted when the kind is part of another input. */
function validatorFor(kind: Kind): ((value: unknown) => ValidationError[]) | undefined {
  const own = VALIDATORS[kind];
  if (own) return (value) => (own(value) ? [] : (own.errors ?? []));
  const part = SCHEMA_PARTS[kind];
  const parent = part ? VALIDATORS[part[0]] : undefined;
  if (!part || !parent) return undefined;
  const prefix = '/' + part[1];
  return (value) => {
    const wrapped = Object.create(null) as Record<string, unknown>;
    wrapped[part[1]] = value;
    if (parent(wrapped)) return [];
    return (parent.errors ?? [])
      .filter((e) => e.instancePath === prefix || e.instancePath.startsWith(prefix + '/'))
      .map((e) => ({ ...e, instancePath: e.instancePath.slice(prefix.length) }));
  };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/** Validates an API input against its kind's schema; skips paths in `skip` (already reported nulls). */
export function checkSchema(kind: Kind, value: unknown, r: Reporter, skip: ReadonlySet<string>): void {
  const validate = validatorFor(kind);
  if (!validate) return;
  const errors = validate(value);
  if (errors.length === 0) return;
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  for (const e of errors) {
    if (skip.has(e.instancePath)) continue;
    if (anyOfPaths.has(e.instancePath) && e.keyword !== 'anyOf') continue;
    if (e.keyword === 'anyOf' && errors.some((o) => o.instancePath.startsWith(e.instancePath + '/')))
      continue;
    const key = e.instancePath + '|' + e.keyword;
    if (seen.has(key)) continue;
    seen.add(key);
    reportError(e, r);
  }
}

function reportError(e: ValidationError, r: Reporter): void {
  const p = e.instancePath;
  const param = cliParam(p);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      r.report(unknownParameter, ptr(p, key), { key });
      return;
    }
    case 'required': {
      r.report(missingRequired, p, { key: String(e.params['missingProperty']) });
      return;
    }
    case 'type':
      r.report(wrongType, p, {
        param,
        expected: TYPE_NAMES[String(e.params['type'])] ?? String(e.params['type']),
      });
      return;
    case 'anyOf':
      r.report(wrongType, p, {
        param,
        expected: 'a string or a list of strings / a statement or a list of statements',
      });
      return;
    case 'enum': {
      const allowed = e.params['allowedValues'];
      r.report(invalidValue, p, {
        param,
        detail: `one of ${Array.isArray(allowed) ? allowed.join(', ') : ''}`,
      });
      return;
    }
    default:
      r.report(invalidValue, p, { param, detail: e.message ?? e.keyword });
  }
}
