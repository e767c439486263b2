/** How the CloudFormation rules read references between a template's resources. */
import { intrinsicArg, intrinsicName, isIntrinsic, str } from '../../value.ts';

/** Logical id an intrinsic refers to (Ref X, GetAtt [X, attr]), if any. */
export function refTarget(v: unknown): string | undefined {
  if (!isIntrinsic(v)) return undefined;
  const fn = intrinsicName(v);
  const arg = intrinsicArg(v);
  if (fn === 'Ref') return str(arg);
  if (fn === 'Fn::GetAtt') return Array.isArray(arg) ? str(arg[0]) : str(arg)?.split('.')[0];
  return undefined;
}
