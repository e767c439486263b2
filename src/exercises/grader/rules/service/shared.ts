/** Lesson sections and input kinds the service rules share. */
import { lesson } from '../define.ts';

export const SVC_TASK = ['service', 'run-task', 'cfn'] as const;

export const STRATEGY = lesson('03-fargate-ec2', 'capacity-providers');

export const SVC = ['service', 'cfn'] as const;

export const DEPLOY = lesson('05-deployments', 'rolling-update');
