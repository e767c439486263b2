/** Lesson sections and input kinds the iam rules share. */
import { lesson } from '../define.ts';

export const KINDS = ['iam-policy', 'cfn'] as const;

export const IAM = lesson('02-task-definitions', 'execution-role');
