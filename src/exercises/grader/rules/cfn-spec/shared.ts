/** Lesson sections and input kinds the cfn-spec rules share. */
import { lesson } from '../define.ts';

export const TEMPLATE = lesson('10-iac', 'template-overview');

export const INTRINSICS = lesson('10-iac', 'intrinsics');
