/** Lesson sections and input kinds the scaling rules share. */
import { lesson } from '../define.ts';

export const ALL = ['scaling-target', 'scaling-policy', 'scheduled-action', 'cfn'] as const;

export const SCALING = lesson('04-services-autoscaling', 'scalable-target');
