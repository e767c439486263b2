/** Lesson sections and input kinds the input rules share. */
import type { Kind } from '../../types.ts';
import { lesson } from '../define.ts';

export const API_KINDS: readonly Kind[] = [
  'taskdef',
  'service',
  'scaling-target',
  'scaling-policy',
  'scheduled-action',
  'iam-policy',
  'run-task',
  'container-definitions',
  'target-tracking-configuration',
  'step-scaling-configuration',
  'capacity-provider-strategy',
  'deployment-configuration',
  'network-configuration',
  'service-connect-configuration',
];

export const ALL_KINDS: readonly Kind[] = [...API_KINDS, 'cfn'];

export const CLI = lesson('02-task-definitions', 'revisions');
