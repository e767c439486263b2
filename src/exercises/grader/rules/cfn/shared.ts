/** Lesson sections and input kinds the cfn rules share. */
import { lesson } from '../define.ts';

export const IAC = lesson('10-iac', 'template-overview');
