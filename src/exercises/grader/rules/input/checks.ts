/**
 * Rules about the input as a whole: syntax, size, nesting, duplicate keys, and what the AWS CLI's
 * own parameter validation refuses before any request is sent (nulls, output-only keys, types).
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html
 */
import type { Kind } from '../../types.ts';
import { entries, isObj, ptr, splitPointer } from '../../value.ts';
import type { Reporter } from '../report.ts';
import nullValue from './null-value.ts';
import outputOnlyKey from './output-only-key.ts';

/** Most findings one document reports; beyond it, one summary finding (a huge input must not freeze the editor). */
export const MAX_FINDINGS = 500;

/** Output-only keys of describe output, per kind. */
export const OUTPUT_ONLY: Partial<Record<Kind, readonly string[]>> = {
  taskdef: [
    'taskDefinitionArn',
    'revision',
    'status',
    'requiresAttributes',
    'compatibilities',
    'registeredAt',
    'registeredBy',
    'deregisteredAt',
  ],
  service: [
    'serviceArn',
    'clusterArn',
    'status',
    'runningCount',
    'pendingCount',
    'events',
    'deployments',
    'createdAt',
    'createdBy',
    'roleArn',
    'taskSets',
  ],
  'scaling-target': ['ScalableTargetARN', 'CreationTime'],
  'scaling-policy': ['PolicyARN', 'Alarms', 'CreationTime'],
  'scheduled-action': ['ScheduledActionARN', 'CreationTime'],
};

/**
 * The keys aws-actions/amazon-ecs-deploy-task-definition removes from a task definition file
 * before RegisterTaskDefinition (IGNORED_TASK_DEFINITION_ATTRIBUTES in its index.js).
 */
export const ACTION_DROPS: readonly string[] = [
  'compatibilities',
  'taskDefinitionArn',
  'requiresAttributes',
  'revision',
  'status',
  'registeredAt',
  'deregisteredAt',
  'registeredBy',
];

/** Reports top-level keys that only describe output has. */
export function checkOutputOnly(kind: Kind, value: unknown, r: Reporter, actionHint = true): void {
  const keys = OUTPUT_ONLY[kind] ?? [];
  for (const [k] of entries(value)) {
    if (!keys.includes(k)) continue;
    const dropped = actionHint && kind === 'taskdef' && ACTION_DROPS.includes(k);
    r.report(outputOnlyKey, ptr('', k), { key: k }, dropped ? 'dropped-by-action' : 'default');
  }
}

/** AWS CLI parameter name for a pointer: `/containerDefinitions/0/cpu` → `containerDefinitions[0].cpu`. */
export function cliParam(pointer: string): string {
  let out = '';
  for (const t of splitPointer(pointer)) out += /^\d+$/.test(t) ? `[${t}]` : out ? `.${t}` : t;
  return out || '(input)';
}

/** Reports every null value (iteratively; depth is already bounded by the parser). */
export function checkNulls(value: unknown, r: Reporter): Set<string> {
  const found = new Set<string>();
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, p] = stack.pop() as [unknown, string];
    if (v === null) {
      found.add(p);
      r.report(nullValue, p, { param: cliParam(p) });
    } else if (Array.isArray(v)) v.forEach((c, i) => stack.push([c, ptr(p, i)]));
    else if (isObj(v)) for (const [k, c] of entries(v)) stack.push([c, ptr(p, k)]);
  }
  return found;
}
