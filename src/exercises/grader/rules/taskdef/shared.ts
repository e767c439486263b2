/** Lesson sections and input kinds the taskdef rules share. */
import { lesson } from '../define.ts';

export const TD = ['taskdef', 'cfn'] as const;

export const SIZES = lesson('02-task-definitions', 'fargate-sizes');

export const CONTAINERS = lesson('02-task-definitions', 'task-definition-structure');

export const NETWORK = lesson('02-task-definitions', 'network-modes');

export const FARGATE = lesson('02-task-definitions', 'fargate-restrictions');

export const LOGGING = lesson('07-logging', 'awslogs');

export const ANTI = lesson('11-anti-patterns', 'root-and-privileged');
