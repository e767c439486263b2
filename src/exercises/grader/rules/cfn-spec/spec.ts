/**
 * The CloudFormation resource specification the cfn-spec rules check against: the one place that
 * imports the generated data, so loading it lazily is a change to this file only.
 */
import CFN_TYPES from '../../../schemas/generated/cfn-types.json' with { type: 'json' };
import type { CfnTypes } from '../../../schemas/cfn-types.ts';

/** Resource types, property shapes and attributes from the generated CloudFormation spec. */
export const CFN_SPEC = CFN_TYPES as unknown as CfnTypes;
